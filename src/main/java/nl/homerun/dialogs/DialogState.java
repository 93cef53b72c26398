package nl.homerun.dialogs;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.homerun.coach.Conversation;

/**
 * What a run of a script holds while it is under way: read from its {@link Conversation}'s stored state and written
 * back here and nowhere else (the keys are those stored before, so a conversation under way across an update goes on).
 *
 * @param script    the script's id
 * @param runId     the run, as kept in {@code dialog_runs}
 * @param account   what the run is about (the account or person after the command), or null for the whole network
 * @param startedAt when the run began, in epoch milliseconds
 * @param answers   the answers by step id, in the order given
 * @param pending   text typed where a button was expected, until the user says whether it was a note
 * @param contactId the contact the run is about, once the name typed is settled
 * @param typedName a name typed that fits several contacts or none, while the user says which
 * @param next      a conversation asked for while this one runs, while the user says which to keep
 * @param givenDay  a day typed after the name ("/nazorg Sophie overmorgen"), the answer to the date question to come
 * @param draft     the checklist being ticked and edited at a checklist question, until it is done
 */
record DialogState(String script, String runId, String account, long startedAt, Map<String, String> answers,
        String pending, String contactId, String typedName, Next next, String givenDay, Draft draft) {

    /**
     * A checklist question's list while it is open.
     *
     * @param step      the question's step id
     * @param checklist the points as they stand
     * @param editing   the index of the point whose new wording is to be typed, or null
     * @param message   the channel's name for the message that shows the list (after a press on it), or null
     */
    record Draft(String step, Checklist checklist, Integer editing, String message) {

        Draft with(Checklist changed) {
            return new Draft(step, changed, null, message);
        }

        Draft editing(Integer point) {
            return new Draft(step, checklist, point, message);
        }

        Draft shownIn(String messageRef) {
            return messageRef == null ? this : new Draft(step, checklist, editing, messageRef);
        }
    }

    /** A script to start (with what followed its command), or ({@code runId}) a run left earlier to go back to. */
    record Next(String script, String arguments, String runId) {

        static Next start(String script, String arguments) {
            return new Next(script, arguments, null);
        }

        static Next backTo(String runId) {
            return new Next(null, null, runId);
        }
    }

    private static final String SCRIPT = "script";
    private static final String RUN = "run";
    private static final String ACCOUNT = "account";
    private static final String STARTED = "startedAt";
    private static final String ANSWERS = "answers";
    private static final String PENDING = "pending";
    private static final String CONTACT = "contact";
    private static final String TYPED_NAME = "typedName";
    private static final String NEXT_SCRIPT = "nextScript";
    private static final String NEXT_ARGUMENTS = "nextArguments";
    private static final String NEXT_RUN = "nextRun";
    private static final String GIVEN_DAY = "givenDay";
    private static final String DRAFT_STEP = "checklistStep";
    private static final String DRAFT = "checklist";
    private static final String DRAFT_EDITING = "checklistEditing";
    private static final String DRAFT_MESSAGE = "checklistMessage";

    DialogState {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        account = account == null || account.isBlank() ? null : account;
    }

    static DialogState begin(String script, String runId, String account, long startedAt) {
        return new DialogState(script, runId, account, startedAt, Map.of(), null, null, null, null, null, null);
    }

    static DialogState of(Conversation conversation) {
        Map<String, Object> s = conversation.state();
        Map<String, String> answers = new LinkedHashMap<>();
        if (s.get(ANSWERS) instanceof Map<?, ?> map) {
            map.forEach((k, v) -> answers.put(String.valueOf(k), String.valueOf(v)));
        }
        Next next = s.get(NEXT_SCRIPT) != null || s.get(NEXT_RUN) != null
                ? new Next(text(s, NEXT_SCRIPT), text(s, NEXT_ARGUMENTS), text(s, NEXT_RUN)) : null;
        Draft draft = s.get(DRAFT_STEP) != null ? new Draft(text(s, DRAFT_STEP), Checklist.decode(text(s, DRAFT)),
                s.get(DRAFT_EDITING) instanceof Number n ? n.intValue() : null, text(s, DRAFT_MESSAGE)) : null;
        return new DialogState(text(s, SCRIPT), text(s, RUN), text(s, ACCOUNT),
                s.get(STARTED) instanceof Number n ? n.longValue() : conversation.startedAt().toEpochMilli(), answers,
                text(s, PENDING), text(s, CONTACT), text(s, TYPED_NAME), next, text(s, GIVEN_DAY), draft);
    }

    /** The form the conversation store keeps: no nulls, the answers as a map. */
    Map<String, Object> toMap() {
        Map<String, Object> map = new HashMap<>();
        map.put(SCRIPT, script);
        map.put(RUN, runId);
        map.put(ACCOUNT, account == null ? "" : account);
        map.put(STARTED, startedAt);
        map.put(ANSWERS, new LinkedHashMap<>(answers));
        putIfSet(map, PENDING, pending);
        putIfSet(map, CONTACT, contactId);
        putIfSet(map, TYPED_NAME, typedName);
        putIfSet(map, GIVEN_DAY, givenDay);
        if (next != null) {
            putIfSet(map, NEXT_SCRIPT, next.script());
            putIfSet(map, NEXT_ARGUMENTS, next.arguments());
            putIfSet(map, NEXT_RUN, next.runId());
        }
        if (draft != null) {
            map.put(DRAFT_STEP, draft.step());
            map.put(DRAFT, draft.checklist().encode());
            if (draft.editing() != null) {
                map.put(DRAFT_EDITING, draft.editing());
            }
            putIfSet(map, DRAFT_MESSAGE, draft.message());
        }
        return map;
    }

    /** The answer recorded; what was waiting on the question (a pending text, a name to settle, another conversation) is done. */
    DialogState answered(String step, String value) {
        Map<String, String> more = new LinkedHashMap<>(answers);
        more.put(step, value);
        return new DialogState(script, runId, account, startedAt, more, null, contactId, null, null, givenDay, null);
    }

    DialogState withPending(String text) {
        return new DialogState(script, runId, account, startedAt, answers, text, contactId, typedName, next, givenDay, draft);
    }

    DialogState withContact(String id, String name) {
        return new DialogState(script, runId, name, startedAt, answers, pending, id, typedName, next, givenDay, draft);
    }

    /** The run is about this account (a company), not one contact. */
    DialogState aboutAccount(String name) {
        return new DialogState(script, runId, name, startedAt, answers, pending, contactId, typedName, next, givenDay, draft);
    }

    DialogState withTypedName(String name) {
        return new DialogState(script, runId, account, startedAt, answers, pending, contactId, name, next, givenDay, draft);
    }

    DialogState withNext(Next asked) {
        return new DialogState(script, runId, account, startedAt, answers, pending, contactId, typedName, asked, givenDay, draft);
    }

    /** The day typed after the name, and what the run is about without it. */
    DialogState withGivenDay(String day, String about) {
        return new DialogState(script, runId, about, startedAt, answers, pending, contactId, typedName, next, day, draft);
    }

    DialogState withoutGivenDay() {
        return new DialogState(script, runId, account, startedAt, answers, pending, contactId, typedName, next, null, draft);
    }

    DialogState withDraft(Draft changed) {
        return new DialogState(script, runId, account, startedAt, answers, pending, contactId, typedName, next, givenDay, changed);
    }

    private static String text(Map<String, Object> state, String key) {
        Object value = state.get(key);
        return value == null ? null : value.toString();
    }

    private static void putIfSet(Map<String, Object> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
