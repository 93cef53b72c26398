package nl.homerun.followups;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        return TaskAction.FEATURE;
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
        return List.of(list(turn, open, clock.millis()));
    }

    /**
     * The list of tasks open at {@code listedAt} (epoch milliseconds), each numbered with its person, day and time; those
     * still open with buttons to tick them off or change them, those done since ticked.
     */
    private Reply list(Turn turn, List<FollowUp> tasks, long listedAt) {
        LocalDate today = turn.user().today(clock);
        long open = tasks.stream().filter(t -> !t.done()).count();
        StringBuilder text = new StringBuilder(turn.text("followups.header", open));
        List<List<Button>> buttons = new ArrayList<>();
        for (int i = 0; i < Math.min(SHOWN, tasks.size()); i++) {
            FollowUp followUp = tasks.get(i);
            String due = turn.language().format(followUp.due(), FormatStyle.MEDIUM);
            String when = (followUp.due().isBefore(today) && !followUp.done() ? "⚠️ " + due : due)
                    + (followUp.time() == null ? "" : " " + followUp.time());
            String line = Html.escape(followUps.describe(followUp)) + " — " + when;
            text.append("\n").append(i + 1).append(". ").append(followUp.done() ? "✔️ <s>" + line + "</s>" : line);
            if (!followUp.done()) {
                buttons.add(List.of(new TaskAction.DoneInList(followUp.id(), listedAt).button("✔️ " + (i + 1)),
                        new TaskAction.Change(followUp.id()).button("✏️ " + (i + 1))));
            }
        }
        return Reply.withButtons(text.toString(), buttons);
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
        return TaskAction.unpack(action).flatMap(a -> press(turn, a))
                .orElseGet(() -> List.of(turn.say("coach.button.stale")));
    }

    /** What a button does; empty when it no longer applies (the task or contact gone, or another user's). */
    private Optional<List<Reply>> press(Turn turn, TaskAction action) {
        long user = turn.userId();
        if (action instanceof TaskAction.AddFor add) {
            return contacts.find(user, add.contactId()).map(c -> {
                conversations.start(user, name(), "for", Map.of("contact", c.id()));
                return List.of(turn.say("followups.for.ask", Html.escape(c.name()), nl.homerun.dates.Dates.examples(turn.language())));
            });
        }
        if (action instanceof TaskAction.Change change) {
            return followUps.find(user, change.taskId()).filter(t -> !t.done()).map(t -> {
                conversations.start(user, name(), "edit", Map.of("task", t.id()));
                return List.of(turn.say("followups.edit.ask", Html.escape(followUps.describe(t))));
            });
        }
        if (action instanceof TaskAction.DoneInList done) {
            Optional<FollowUp> task = followUps.find(user, done.taskId());
            if (task.isEmpty() || !(followUps.complete(user, done.taskId()) || task.get().done())) {
                return Optional.empty();
            }
            List<FollowUp> listed = followUps.openAt(user, java.time.Instant.ofEpochMilli(done.listedAt()));
            return Optional.of(List.of(Reply.notice(turn.text("followups.done")), list(turn, listed, done.listedAt()).markInPlace()));
        }
        if (action instanceof TaskAction.Done done) {
            Optional<FollowUp> task = followUps.find(user, done.taskId());
            if (task.isEmpty() || !followUps.complete(user, done.taskId())) {
                return Optional.empty();
            }
            List<Reply> replies = new ArrayList<>(List.of(Reply.notice(turn.text("followups.done"))));
            if (done.fromReminder()) {
                replies.add(Reply.text(turn.text("followups.reminder.done", followUps.describe(task.get()))).markInPlace());
            }
            return Optional.of(replies);
        }
        if (action instanceof TaskAction.Move move) {
            LocalDate today = turn.user().today(clock);
            LocalDate due = move.tomorrow() ? today.plusDays(1)
                    : today.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY));
            Optional<FollowUp> task = followUps.find(user, move.taskId()).filter(f -> !f.done());
            if (task.isEmpty() || !followUps.reschedule(user, move.taskId(), due)) {
                return Optional.empty();
            }
            String day = turn.language().format(due, FormatStyle.MEDIUM);
            return Optional.of(List.of(Reply.notice(turn.text("followups.moved", day)),
                    Reply.text(turn.text("followups.reminder.moved", followUps.describe(task.get()), day)).markInPlace()));
        }
        return Optional.empty();
    }
}
