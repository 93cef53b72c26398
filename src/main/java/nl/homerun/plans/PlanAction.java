package nl.homerun.plans;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.homerun.coach.Button;

/**
 * What a button of the plans feature does, packed into its action and unpacked here and nowhere else. The packed
 * form is {@code plan:<what>:<account>[:<argument>…]}; an account is named by its id (24 hex digits), a P by its
 * number (1-4), an activity by its id (8 hex digits), a suggestion by its code ({@code r1}).
 */
sealed interface PlanAction {

    String FEATURE = "plan";

    /** The action without the feature name; {@link #unpack} reads it back. */
    String pack();

    default Button button(String label) {
        return new Button(label, FEATURE + ":" + pack());
    }

    /** The account's plan, all four P's. */
    record Show(String accountId) implements PlanAction {
        @Override
        public String pack() {
            return "s:" + accountId;
        }
    }

    /** A C account's plan after all: the method keeps C light, the user wants one anyway. */
    record Anyway(String accountId) implements PlanAction {
        @Override
        public String pack() {
            return "c:" + accountId;
        }
    }

    /** No plan for this C account after all. */
    record NotNow(String accountId) implements PlanAction {
        @Override
        public String pack() {
            return "n:" + accountId;
        }
    }

    /** One P of the plan: its activities, the suggestions not taken, and a button to add one's own. */
    record OfPillar(String accountId, Pillar pillar) implements PlanAction {
        @Override
        public String pack() {
            return "p:" + accountId + ":" + pillar.number;
        }
    }

    /** Take a suggested activity into the plan. */
    record Accept(String accountId, Suggestion suggestion) implements PlanAction {
        @Override
        public String pack() {
            return "a:" + accountId + ":" + suggestion.code;
        }
    }

    /** Type an activity of one's own under a P. */
    record Add(String accountId, Pillar pillar) implements PlanAction {
        @Override
        public String pack() {
            return "o:" + accountId + ":" + pillar.number;
        }
    }

    /** One activity, with buttons to change, finish or remove it. */
    record OfActivity(String accountId, String activityId) implements OnActivity {
        @Override
        public String pack() {
            return "x:" + accountId + ":" + activityId;
        }
    }

    /** Type a new text, goal or date for an activity. */
    record Edit(String accountId, String activityId, Field field) implements OnActivity {
        @Override
        public String pack() {
            return "e:" + accountId + ":" + activityId + ":" + field.code;
        }
    }

    /** The activity is done (and so its task). */
    record Done(String accountId, String activityId) implements OnActivity {
        @Override
        public String pack() {
            return "d:" + accountId + ":" + activityId;
        }
    }

    /** A finished activity open again, with a new task. */
    record Reopen(String accountId, String activityId) implements OnActivity {
        @Override
        public String pack() {
            return "u:" + accountId + ":" + activityId;
        }
    }

    /** The activity goes from the plan (and its open task with it). */
    record Remove(String accountId, String activityId) implements OnActivity {
        @Override
        public String pack() {
            return "r:" + accountId + ":" + activityId;
        }
    }

    /** The plan as one message, to forward to the account team. */
    record ShareText(String accountId) implements PlanAction {
        @Override
        public String pack() {
            return "t:" + accountId;
        }
    }

    /** The plan as a PDF file for the account team. */
    record SharePdf(String accountId) implements PlanAction {
        @Override
        public String pack() {
            return "f:" + accountId;
        }
    }

    /** What of an activity is typed anew. */
    enum Field {
        TEXT("t"), GOAL("g"), DUE("d");

        final String code;

        Field(String code) {
            this.code = code;
        }

        static Optional<Field> of(String code) {
            for (Field field : values()) {
                if (field.code.equals(code)) {
                    return Optional.of(field);
                }
            }
            return Optional.empty();
        }
    }

    String ACCOUNT = "([0-9a-f]{24})";
    String ACTIVITY = "(" + Activity.ID + ")";
    Pattern ONE = Pattern.compile("([scntf]):" + ACCOUNT);
    Pattern PILLAR = Pattern.compile("([po]):" + ACCOUNT + ":([1-4])");
    Pattern ACCEPT = Pattern.compile("a:" + ACCOUNT + ":([a-z]\\d)");
    Pattern ACTIVITY_ACTION = Pattern.compile("([xdru]):" + ACCOUNT + ":" + ACTIVITY);
    Pattern EDIT = Pattern.compile("e:" + ACCOUNT + ":" + ACTIVITY + ":([tgd])");

    /** The action of a button's packed form; empty for anything this version does not know. */
    static Optional<PlanAction> unpack(String packed) {
        Matcher m;
        if ((m = ONE.matcher(packed)).matches()) {
            String id = m.group(2);
            return Optional.of(switch (m.group(1)) {
                case "s" -> new Show(id);
                case "c" -> new Anyway(id);
                case "n" -> new NotNow(id);
                case "t" -> new ShareText(id);
                default -> new SharePdf(id);
            });
        }
        if ((m = PILLAR.matcher(packed)).matches()) {
            Pillar pillar = Pillar.number(Integer.parseInt(m.group(3))).orElseThrow();
            return Optional.of(m.group(1).equals("p") ? new OfPillar(m.group(2), pillar) : new Add(m.group(2), pillar));
        }
        if ((m = ACCEPT.matcher(packed)).matches()) {
            String id = m.group(1);
            return Suggestion.of(m.group(2)).map(s -> new Accept(id, s));
        }
        if ((m = ACTIVITY_ACTION.matcher(packed)).matches()) {
            String id = m.group(2);
            String activity = m.group(3);
            return Optional.of(switch (m.group(1)) {
                case "x" -> new OfActivity(id, activity);
                case "d" -> new Done(id, activity);
                case "u" -> new Reopen(id, activity);
                default -> new Remove(id, activity);
            });
        }
        if ((m = EDIT.matcher(packed)).matches()) {
            String id = m.group(1);
            String activity = m.group(2);
            return Field.of(m.group(3)).map(f -> new Edit(id, activity, f));
        }
        return Optional.empty();
    }

    /** The account every action names. */
    String accountId();

    /** An action on one activity of the plan. */
    sealed interface OnActivity extends PlanAction {
        String activityId();
    }
}
