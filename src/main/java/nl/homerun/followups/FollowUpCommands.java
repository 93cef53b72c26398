package nl.homerun.followups;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import nl.homerun.coach.Button;
import nl.homerun.coach.ChatFeature;
import nl.homerun.coach.Command;
import nl.homerun.coach.CommandSpec;
import nl.homerun.coach.Conversation;
import nl.homerun.coach.ConversationStore;
import nl.homerun.coach.Html;
import nl.homerun.coach.Reply;
import nl.homerun.coach.Turn;
import nl.homerun.contacts.Contacts;

/**
 * {@code /taken} and {@code /tasks}: the open follow-ups, soonest first, each with whom it is for and buttons to tick
 * it off or change it; {@code /taak} adds one, as does the task button on a contact's card.
 */
@Component
class FollowUpCommands implements ChatFeature {

    private static final int SHOWN = 20;

    private final FollowUps followUps;
    private final Contacts contacts;
    private final ConversationStore conversations;
    private final Clock clock;

    FollowUpCommands(FollowUps followUps, Contacts contacts, ConversationStore conversations, Clock clock) {
        this.followUps = followUps;
        this.contacts = contacts;
        this.conversations = conversations;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "fu";
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(new CommandSpec("taken", "tasks", "followups.description"),
                new CommandSpec("taak", "task", "followups.add.description"));
    }

    @Override
    public List<Reply> onCommand(Turn turn, Command command) {
        if (command.name().equals("taak") || command.name().equals("task")) {
            return List.of(add(turn, command.arguments(), null));
        }
        List<FollowUp> open = followUps.open(turn.userId());
        if (open.isEmpty()) {
            return List.of(turn.say("followups.none"));
        }
        LocalDate today = turn.user().today(clock);
        StringBuilder text = new StringBuilder(turn.text("followups.header", open.size()));
        List<List<Button>> buttons = new ArrayList<>();
        for (int i = 0; i < Math.min(SHOWN, open.size()); i++) {
            FollowUp followUp = open.get(i);
            String due = turn.language().format(followUp.due(), FormatStyle.MEDIUM);
            String when = (followUp.due().isBefore(today) ? "⚠️ " + due : due)
                    + (followUp.time() == null ? "" : " " + followUp.time());
            text.append("\n").append(i + 1).append(". ").append(Html.escape(followUps.describe(followUp))).append(" — ")
                    .append(when);
            buttons.add(List.of(new Button("✔️ " + (i + 1), "fu:" + followUp.id() + ":done"),
                    new Button("✏️ " + (i + 1), "fu:" + followUp.id() + ":edit")));
        }
        return List.of(Reply.withButtons(text.toString(), buttons));
    }

    /**
     * "/taak Bel Jansen volgende week dinsdag om 14:00": the longest end of the text that reads as a date is the due
     * day, a time is its time, the rest is the task, for the contact it names (or {@code contactId}, from a card).
     * Without a date it is asked for, with examples, rather than guessed.
     */
    private Reply add(Turn turn, String arguments, String contactId) {
        TypedTask typed = TypedTask.read(arguments, turn.user().today(clock));
        if (typed.due() == null || typed.text().isBlank()) {
            return turn.say("followups.add.how", nl.homerun.dates.Dates.examples(turn.language()));
        }
        String person = contactId != null ? contactId : namedIn(turn, typed.text());
        FollowUp task = followUps.create(turn.userId(), typed.text(), typed.due(), typed.time(), person);
        return turn.say("followups.added", Html.escape(followUps.describe(task)), day(turn, task));
    }

    /** The contact a task's text names by full name, if exactly one. */
    private String namedIn(Turn turn, String text) {
        List<nl.homerun.contacts.Contact> named = contacts.all(turn.userId()).stream()
                .filter(c -> c.name().contains(" ") && text.toLowerCase(java.util.Locale.ROOT).contains(c.name().toLowerCase(java.util.Locale.ROOT)))
                .toList();
        return named.size() == 1 ? named.get(0).id() : null;
    }

    private static String day(Turn turn, FollowUp task) {
        return turn.language().format(task.due(), FormatStyle.FULL) + (task.time() == null ? "" : " " + task.time());
    }

    @Override
    public List<Reply> onText(Turn turn, Conversation conversation, String text) {
        conversations.end(conversation);
        String task = (String) conversation.state().get("task");
        return conversation.step().equals("for") ? List.of(add(turn, text, (String) conversation.state().get("contact")))
                : List.of(change(turn, task, text));
    }

    /**
     * A changed task, as typed: a day (and time) moves it, a contact's name gives it to them, anything else is its
     * new text (with a day at its end, both).
     */
    private Reply change(Turn turn, String id, String typedText) {
        FollowUp task = followUps.find(turn.userId(), id).filter(t -> !t.done()).orElse(null);
        if (task == null) {
            return turn.say("coach.button.stale");
        }
        TypedTask typed = TypedTask.read(typedText, turn.user().today(clock));
        List<nl.homerun.contacts.Contact> person = typed.due() == null && typedText.strip().split("\\s+").length <= 4
                ? contacts.search(turn.userId(), typedText) : List.of();
        FollowUp changed;
        if (person.size() == 1) {
            changed = new FollowUp(task.id(), task.owner(), task.text(), task.due(), task.time(), person.get(0).id(), false, task.createdAt());
        } else {
            changed = new FollowUp(task.id(), task.owner(), typed.text().isBlank() ? task.text() : typed.text(),
                    typed.due() == null ? task.due() : typed.due(), typed.time() == null ? task.time() : typed.time(),
                    task.contactId(), false, task.createdAt());
        }
        followUps.change(turn.userId(), changed);
        return turn.say("followups.changed", Html.escape(followUps.describe(changed)), day(turn, changed));
    }

    @Override
    public List<Reply> onButton(Turn turn, String action) {
        String[] parts = action.split(":");
        if (parts.length == 2 && parts[0].equals("for")) {
            return contacts.find(turn.userId(), parts[1]).map(c -> {
                conversations.start(turn.userId(), name(), "for", Map.of("contact", c.id()));
                return List.of(turn.say("followups.for.ask", Html.escape(c.name()), nl.homerun.dates.Dates.examples(turn.language())));
            }).orElseGet(() -> List.of(turn.say("coach.button.stale")));
        }
        if (parts.length == 2 && parts[1].equals("edit")) {
            return followUps.find(turn.userId(), parts[0]).filter(t -> !t.done()).map(t -> {
                conversations.start(turn.userId(), name(), "edit", Map.of("task", t.id()));
                return List.of(turn.say("followups.edit.ask", Html.escape(followUps.describe(t))));
            }).orElseGet(() -> List.of(turn.say("coach.button.stale")));
        }
        if (parts.length == 2 && parts[1].equals("done") && followUps.complete(turn.userId(), parts[0])) {
            return List.of(Reply.notice(turn.text("followups.done")));
        }
        if (parts.length == 2 && (parts[1].equals("tomorrow") || parts[1].equals("week"))) {
            LocalDate today = turn.user().today(clock);
            LocalDate due = parts[1].equals("tomorrow") ? today.plusDays(1) : today.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY));
            if (followUps.find(turn.userId(), parts[0]).filter(f -> !f.done()).isPresent()
                    && followUps.reschedule(turn.userId(), parts[0], due)) {
                return List.of(Reply.notice(turn.text("followups.moved", turn.language().format(due, FormatStyle.MEDIUM))));
            }
        }
        return List.of(turn.say("coach.button.stale"));
    }
}
