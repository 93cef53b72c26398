package nl.homerun.dialogs;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A coaching conversation as written in {@code conversations/<id>.yaml}: questions asked one by one, coaching per
 * answer, optional branches and offers, and a summary. {@code scored} scripts count yes as 1 and partly as ½.
 */
record Script(String id, String commandNl, String commandEn, Texts title, Texts description, boolean accountAllowed,
        boolean scored, Texts intro, List<Step> steps, Texts summary) {

    /** How a question is answered. */
    enum AnswerType {
        YES_PARTLY_NO("yes", "partly", "no"), YES_NO("yes", "no"), SCALE("1", "2", "3", "4", "5"), CHOICE,
        TEXT, DATE, NUMBER, NAME, NOTE, ACCOUNT, CHECKLIST;

        private final List<String> buttonValues;

        AnswerType(String... buttonValues) {
            this.buttonValues = List.of(buttonValues);
        }

        /** The fixed answer values of a button type; empty for choice and typed answers. */
        List<String> buttonValues() {
            return buttonValues;
        }

        boolean isTyped() {
            return this == TEXT || this == DATE || this == NUMBER || this == NAME || this == NOTE || this == ACCOUNT;
        }

        /** A person or a company, looked up in the contacts, that a command's arguments may answer. */
        boolean isLookedUp() {
            return this == NAME || this == ACCOUNT;
        }

        boolean isScored() {
            return this == YES_PARTLY_NO || this == YES_NO;
        }
    }

    /** A button of a choice question. */
    record Choice(String id, Texts label) {
    }

    /**
     * A point of a checklist question, ticked or not to begin with. With {@code eachPerson} it stands once for every
     * person of the account the conversation is about (its label says {@code {person}}), or once with the label
     * {@code noPeople} when no one of that account is known.
     */
    record Item(String id, Texts label, boolean ticked, boolean eachPerson, Texts noPeople) {
    }

    /** The offer of a task due on the day a date question was answered with, for the contact talked about. */
    static final String CALL_TASK = "call-task";

    /**
     * An action offered as a button after certain answers ("any" for every answer): a follow-up task with this text, due
     * in a week, or ({@link #CALL_TASK}) the task for the call on the day answered.
     */
    record Offer(Set<String> when, String action, Texts label, Texts task) {
    }

    /**
     * One question. {@code next} maps an answer to the id of the step it jumps to, or "end". {@code record} names a
     * contact fact (such as "birthday" or "sport") that a "no" shows to be missing: after the summary it is offered
     * for recording on a contact. {@code items} are a checklist's points; {@code share}, when set, is a message of its
     * own sent once the step is answered, without buttons, to forward or copy (an agenda).
     */
    record Step(String id, Texts ask, AnswerType answer, List<Choice> options, Map<String, Texts> coach, Offer offer,
            Map<String, String> next, String record, List<Item> items, Texts share) {

        Step {
            items = List.copyOf(items);
        }

        /** The answer values this step accepts by button. */
        List<String> values() {
            return answer == AnswerType.CHOICE ? options.stream().map(Choice::id).toList() : answer.buttonValues();
        }

        Optional<Texts> coaching(String value) {
            return Optional.ofNullable(coach.getOrDefault(value, coach.get("any")));
        }

        double points(String value) {
            return switch (value) {
                case "yes" -> 1;
                case "partly" -> 0.5;
                default -> 0;
            };
        }
    }

    int indexOf(String stepId) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(stepId)) {
                return i;
            }
        }
        return -1;
    }

    Step step(String stepId) {
        int index = indexOf(stepId);
        if (index < 0) {
            throw new IllegalArgumentException(id + " has no step " + stepId);
        }
        return steps.get(index);
    }

    /** The step after {@code step} given its answer: its branch if it has one, else the next in the file; null at the end. */
    Step after(Step step, String value) {
        String target = step.next().getOrDefault(value, step.next().get("any"));
        if ("end".equals(target)) {
            return null;
        }
        if (target != null) {
            return step(target);
        }
        int index = indexOf(step.id());
        return index + 1 < steps.size() ? steps.get(index + 1) : null;
    }

    /** The first question on the way through the script that the answers leave open; null when none is. */
    Step firstOpen(Map<String, String> answers) {
        Step step = steps.get(0);
        while (step != null && answers.containsKey(step.id())) {
            step = after(step, answers.get(step.id()));
        }
        return step;
    }

    /** The step that asks which account the conversation is about; empty when the script asks none. */
    Optional<Step> accountStep() {
        return steps.stream().filter(s -> s.answer() == AnswerType.ACCOUNT).findFirst();
    }

    double maxScore() {
        return steps.stream().filter(s -> s.answer().isScored()).count();
    }
}
