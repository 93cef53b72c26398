package nl.homerun.settings;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import nl.homerun.coach.Button;
import nl.homerun.coach.ChatFeature;
import nl.homerun.coach.Command;
import nl.homerun.coach.CommandSpec;
import nl.homerun.coach.Conversation;
import nl.homerun.coach.ConversationStore;
import nl.homerun.coach.Reply;
import nl.homerun.coach.Turn;
import nl.homerun.users.UserAccounts;

/**
 * {@code /tijdzone} and {@code /timezone}: reminders go out in the user's own time. Common zones are a button
 * away; any other is typed, and asked again with examples until it can be read.
 */
@Component
class TimeZoneSettings implements ChatFeature {

    private final UserAccounts accounts;
    private final ConversationStore conversations;

    TimeZoneSettings(UserAccounts accounts, ConversationStore conversations) {
        this.accounts = accounts;
        this.conversations = conversations;
    }

    @Override
    public String name() {
        return TimeZoneChoice.FEATURE;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(new CommandSpec("tijdzone", "timezone", "settings.timezone.description"));
    }

    @Override
    public List<Reply> onCommand(Turn turn, Command command) {
        if (command.hasArguments()) {
            return setFromText(turn, command.arguments());
        }
        return List.of(Reply.withButtons(turn.text("settings.timezone.current", turn.user().timeZone().getId()),
                choices(turn, turn.user().timeZone())));
    }

    /** The common zones, the one in use marked, and another to type. */
    private static List<List<Button>> choices(Turn turn, ZoneId current) {
        List<Button> common = TimeZoneChoice.COMMON.stream()
                .map(id -> new TimeZoneChoice(id).button((current.getId().equals(id) ? "✓ " : "") + id)).toList();
        return List.of(common, List.of(TimeZoneChoice.OTHER.button(turn.text("settings.timezone.other"))));
    }

    /** A common zone is set and said in place of the question, marked; "other" asks for one to type. */
    @Override
    public List<Reply> onButton(Turn turn, String action) {
        return TimeZoneChoice.unpack(action).map(choice -> {
            if (choice.zoneId() == null) {
                conversations.start(turn.userId(), name(), "ask", Map.of());
                return List.of(turn.say("settings.timezone.ask"));
            }
            ZoneId zone = ZoneId.of(choice.zoneId());
            return List.of(Reply.withButtons(set(turn, zone).text(), choices(turn, zone)).inPlace());
        }).orElseGet(() -> List.of(turn.say("coach.button.stale")));
    }

    @Override
    public List<Reply> onText(Turn turn, Conversation conversation, String text) {
        return TimeZones.parse(text)
                .map(zone -> {
                    conversations.end(conversation);
                    return List.of(set(turn, zone));
                })
                .orElseGet(() -> List.of(turn.say("settings.timezone.unreadable", text)));
    }

    private List<Reply> setFromText(Turn turn, String text) {
        return TimeZones.parse(text).map(zone -> List.of(set(turn, zone)))
                .orElseGet(() -> List.of(turn.say("settings.timezone.unreadable", text)));
    }

    private Reply set(Turn turn, ZoneId zone) {
        accounts.changeTimeZone(turn.userId(), zone);
        return turn.say("settings.timezone.changed", zone.getId());
    }
}
