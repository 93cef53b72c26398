package nl.homerun.privacy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import nl.homerun.coach.Attachment;
import nl.homerun.coach.ChatFeature;
import nl.homerun.coach.Command;
import nl.homerun.coach.CommandSpec;
import nl.homerun.coach.Reply;
import nl.homerun.coach.Turn;
import nl.homerun.users.PersonalData;
import nl.homerun.users.PersonalDataErased;

/**
 * {@code /export} sends everything Homerun keeps of the user as one JSON file; {@code /wissen} ({@code /delete})
 * erases all of it after the user confirms. The confirmation button carries the code of the question last asked
 * ({@link EraseRequests}) and expires after ten minutes: an old, a reused or a forged button cannot erase. After an
 * erase it publishes {@link PersonalDataErased}, on which the embedded store writes its file anew without the erased
 * data (in the background, after this answer).
 */
@Component
class PrivacyCommands implements ChatFeature {

    static final Duration CONFIRM_WITHIN = Duration.ofMinutes(10);

    private final List<PersonalData> data;
    private final EraseRequests requests;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PrivacyCommands(List<PersonalData> data, EraseRequests requests, Clock clock, ApplicationEventPublisher events) {
        this.data = data;
        this.requests = requests;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public String name() {
        return PrivacyAction.FEATURE;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(CommandSpec.of("export", "privacy.export.description"),
                new CommandSpec("wissen", "delete", "privacy.delete.description"));
    }

    @Override
    public List<Reply> onCommand(Turn turn, Command command) {
        if (command.name().equals("export")) {
            return List.of(Reply.file(turn.text("privacy.export.caption"), new Attachment(
                    "homerun-" + turn.user().today(clock) + ".json", "application/json", export(turn.userId()))));
        }
        return List.of(Reply.withButtons(turn.text("privacy.delete.confirm"), List.of(List.of(
                new PrivacyAction(true, requests.ask(turn.userId())).button(turn.text("privacy.delete.yes")),
                PrivacyAction.keep().button(turn.text("privacy.delete.no"))))));
    }

    /** The answer takes the place of the question, so its buttons cannot be pressed again. */
    @Override
    public List<Reply> onButton(Turn turn, String action) {
        Optional<PrivacyAction> answer = PrivacyAction.unpack(action);
        if (answer.isPresent() && !answer.get().erase()) {
            requests.withdraw(turn.userId());
            return List.of(turn.say("privacy.delete.kept").inPlace());
        }
        if (answer.isPresent() && requests.confirm(turn.userId(), answer.get().code(), CONFIRM_WITHIN)) {
            data.forEach(d -> d.erase(turn.userId()));
            events.publishEvent(new PersonalDataErased(turn.userId()));
            return List.of(turn.say("privacy.delete.done").inPlace());
        }
        return List.of(turn.say("privacy.delete.expired").inPlace());
    }

    byte[] export(long userId) {
        JsonWriterSettings json = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).indent(true).build();
        Document all = new Document("exportedAt", clock.instant().toString()).append("user", userId);
        java.util.TreeMap<String, List<Document>> collections = new java.util.TreeMap<>();
        data.forEach(d -> collections.putAll(d.export(userId)));
        all.append("collections", new Document(collections));
        return all.toJson(json).getBytes(StandardCharsets.UTF_8);
    }
}
