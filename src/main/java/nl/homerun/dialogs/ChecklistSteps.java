package nl.homerun.dialogs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import nl.homerun.coach.Conversation;
import nl.homerun.coach.ConversationStore;
import nl.homerun.coach.Reply;
import nl.homerun.coach.Turn;
import nl.homerun.dialogs.DialogState.Draft;
import nl.homerun.dialogs.Script.Step;

/**
 * A checklist question while it is open: its list is made when the question is reached (with a point for each person
 * of the account), ticked and edited by its buttons or by typing, and kept in the conversation at every change. What
 * comes of it for the conversation (done: the list is the answer; a note typed instead) is {@link Dialogs}'s to do.
 */
@Component
class ChecklistSteps {

    /** Words that, typed at a checklist, say it is done. */
    private static final Set<String> DONE = Set.of("klaar", "done", "ok", "oké", "oke", "okay", "verder", "next",
            "volgende", "gereed", "ready", "finished", "af");
    /** "3: new wording" typed at a checklist: point 3 in those words. */
    private static final Pattern POINT_IN_WORDS = Pattern.compile("(\\d{1,2})\\s*:\\s*(.+)");

    private final ConversationStore conversations;
    private final Companies companies;

    ChecklistSteps(ConversationStore conversations, Companies companies) {
        this.conversations = conversations;
        this.companies = companies;
    }

    /** What a press or a text at a checklist comes to. */
    sealed interface Outcome {
    }

    /** The list is done as it stands: it answers the question ({@code mark} shows it answered, when pressed). */
    record Done(Checklist list, Optional<Reply> mark) implements Outcome {
    }

    /** The list changed, or a word about it: these replies. */
    record Shown(List<Reply> replies) implements Outcome {
    }

    /** Too long for a point: perhaps a visit note was meant. */
    record MaybeANote() implements Outcome {
    }

    /** The list of a checklist question: the one being ticked, or the script's, with a point for each person of the account. */
    Draft draft(Turn turn, Script script, Step step, DialogState state) {
        if (state.draft() != null && step.id().equals(state.draft().step())) {
            return state.draft();
        }
        List<String> people = script.accountStep().map(s -> state.answers().get(s.id()))
                .flatMap(name -> companies.named(turn.userId(), name))
                .map(c -> c.people().stream().map(Companies::person).toList()).orElse(List.of());
        return new Draft(step.id(), Checklist.of(step, people), null, null);
    }

    /** The state on the way into {@code step}: a checklist question gets its list now, so that its numbers stay put. */
    DialogState prepared(Turn turn, Script script, Step step, DialogState state) {
        return step.answer() == Script.AnswerType.CHECKLIST ? state.withDraft(draft(turn, script, step, state)) : state;
    }

    /** The question as the conversation stands. */
    Reply question(Turn turn, Script script, Step step, Conversation conversation) {
        DialogState state = DialogState.of(conversation);
        return ChecklistQuestion.of(turn, script, step, state.runId(), draft(turn, script, step, state), false,
                state.answers(), state.account());
    }

    /** A button under the list (of this run, at this question: {@link Dialogs} checks). A tick or an edit changes it in place. */
    Outcome pressed(Turn turn, Conversation conversation, Script script, Step step, DialogAction.OnChecklist pressed) {
        DialogState state = DialogState.of(conversation);
        Draft draft = draft(turn, script, step, state).shownIn(turn.pressedMessage());
        Checklist list = draft.checklist();
        if (pressed instanceof DialogAction.ChecklistDone) {
            return new Done(list, Optional.of(ChecklistQuestion.done(turn, script, step, list, state.answers(), state.account())
                    .markInPlace()));
        }
        if (pressed instanceof DialogAction.Tick tick) {
            return tick.point() < list.size() ? changed(turn, conversation, script, step, draft.with(list.ticked(tick.point(), tick.on())), false)
                    : stale(turn);
        }
        if (pressed instanceof DialogAction.EditPoint edit) {
            return edit.point() < list.size() ? changed(turn, conversation, script, step, draft.editing(edit.point()), false)
                    : stale(turn);
        }
        return changed(turn, conversation, script, step, draft.editing(null), pressed instanceof DialogAction.ChooseEdit);
    }

    /**
     * Text typed at the list: the new wording of the point being edited; "klaar" (done); a number, which ticks or unticks
     * that point; "3: other words" for point 3; anything else is a point of the user's own. Text too long for a point
     * may have been a visit note.
     */
    Outcome typed(Turn turn, Conversation conversation, Script script, Step step, String text) {
        Draft draft = draft(turn, script, step, DialogState.of(conversation));
        Checklist list = draft.checklist();
        String typed = Checklist.clean(text);
        if (text.strip().length() > Checklist.MAX_TEXT) {
            return new MaybeANote();
        }
        if (draft.editing() != null && draft.editing() < list.size() && hasWords(typed)) {
            return typedChange(turn, conversation, script, step, draft.with(list.edited(draft.editing(), typed)),
                    turn.text("dialogs.checklist.edited", draft.editing() + 1));
        }
        if (DONE.contains(typed.toLowerCase(Locale.ROOT))) {
            return new Done(list, Optional.empty());
        }
        Matcher inWords = POINT_IN_WORDS.matcher(typed);
        boolean numbered = inWords.matches();
        if (numbered || typed.matches("\\d{1,2}")) {
            int point = Integer.parseInt(numbered ? inWords.group(1) : typed) - 1;
            if (point < 0 || point >= list.size()) {
                return new Shown(List.of(turn.say("dialogs.checklist.noSuchPoint", list.size())));
            }
            if (numbered && hasWords(inWords.group(2))) {
                return typedChange(turn, conversation, script, step, draft.with(list.edited(point, inWords.group(2))),
                        turn.text("dialogs.checklist.edited", point + 1));
            }
            boolean ticked = list.points().get(point).ticked();
            return typedChange(turn, conversation, script, step, draft.with(list.ticked(point, !ticked)),
                    turn.text(ticked ? "dialogs.checklist.unticked" : "dialogs.checklist.ticked", point + 1));
        }
        if (!hasWords(typed)) {
            return new Shown(List.of(turn.say("dialogs.checklist.hint")));
        }
        if (list.isFull()) {
            return new Shown(List.of(turn.say("dialogs.checklist.full", Checklist.MAX_POINTS)));
        }
        return typedChange(turn, conversation, script, step, draft.with(list.added(typed)),
                turn.text("dialogs.checklist.added", list.size() + 1));
    }

    /** The list changed by a button: kept, and shown in place of the message pressed. */
    private Outcome changed(Turn turn, Conversation conversation, Script script, Step step, Draft draft, boolean choosing) {
        return new Shown(conversations.advance(conversation, step.id(), DialogState.of(conversation).withDraft(draft).toMap())
                .map(moved -> List.of(shown(turn, script, step, moved, choosing).inPlace()))
                .orElseGet(() -> List.of(turn.say("dialogs.stale"))));
    }

    /**
     * The list changed by what was typed: kept, and shown in place of the message that shows it (else as a new one),
     * with a word of what changed under it.
     */
    private Outcome typedChange(Turn turn, Conversation conversation, Script script, Step step, Draft draft, String said) {
        Optional<Conversation> moved = conversations.advance(conversation, step.id(), DialogState.of(conversation).withDraft(draft).toMap());
        if (moved.isEmpty()) {
            return stale(turn);
        }
        Reply list = shown(turn, script, step, moved.get(), false).inPlaceOf(draft.message());
        List<Reply> replies = new ArrayList<>();
        if (draft.message() == null) {
            replies.add(Reply.text(said));
        }
        replies.add(list);
        if (draft.message() != null) {
            replies.add(Reply.text(said));
        }
        return new Shown(replies);
    }

    private static Reply shown(Turn turn, Script script, Step step, Conversation conversation, boolean choosing) {
        DialogState state = DialogState.of(conversation);
        return ChecklistQuestion.of(turn, script, step, state.runId(), state.draft(), choosing, state.answers(), state.account());
    }

    private static Outcome stale(Turn turn) {
        return new Shown(List.of(turn.say("dialogs.stale")));
    }

    private static boolean hasWords(String text) {
        return text.codePoints().filter(Character::isLetterOrDigit).count() >= 2;
    }
}
