package nl.homerun.newbusiness;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.homerun.coach.Button;

/**
 * What a button of the new-business tournament does, packed into its action and unpacked here and nowhere else. The
 * packed form is {@code nb:<what>:<tournament>[:<argument>…]}; a tournament is named by its id (24 hex digits), a
 * round by its number (1–6), a suspect by its number in the list. A press names the round it was made for, so a
 * button left from a round already decided does nothing.
 */
sealed interface NewBusinessAction {

    String FEATURE = "nb";

    /** The action without the feature name; {@link #unpack} reads it back. */
    String pack();

    default Button button(String label) {
        return new Button(label, FEATURE + ":" + pack());
    }

    /** The tournament the action is for. */
    String tournament();

    /** The list is complete: on to the length of the rounds. */
    record Done(String tournament) implements NewBusinessAction {
        public String pack() {
            return "done:" + tournament;
        }
    }

    /** The suspects listed so far, a page of them. */
    record ShowList(String tournament, int page) implements NewBusinessAction {
        public String pack() {
            return "list:" + tournament + ":" + page;
        }
    }

    /** More than 64 listed: keep the first 64. */
    record KeepFirst(String tournament) implements NewBusinessAction {
        public String pack() {
            return "first:" + tournament;
        }
    }

    /** Rounds of this many weeks: starts the year (while setting up), or sets the length of the round under way. */
    record Weeks(String tournament, int weeks) implements NewBusinessAction {
        public String pack() {
            return "weeks:" + tournament + ":" + weeks;
        }
    }

    /** The lengths to choose from for the round under way. */
    record AskWeeks(String tournament) implements NewBusinessAction {
        public String pack() {
            return "len:" + tournament;
        }
    }

    /** The next suspect without a decision in the round, or the round's summary when all have one. */
    record Decide(String tournament, int round) implements NewBusinessAction {
        public String pack() {
            return "dec:" + tournament + ":" + round;
        }
    }

    /** GO or NO GO for one suspect in the round; {@code page} ≥ 0 when pressed in the overview (shown again there). */
    record Mark(String tournament, int round, int no, Tournament.Decision decision, int page) implements NewBusinessAction {
        public String pack() {
            return "mark:" + tournament + ":" + round + ":" + no + ":" + (decision == Tournament.Decision.GO ? "g" : "n")
                    + (page >= 0 ? ":" + page : "");
        }
    }

    /** Not now: the next suspect after this one. */
    record Skip(String tournament, int round, int no) implements NewBusinessAction {
        public String pack() {
            return "skip:" + tournament + ":" + round + ":" + no;
        }
    }

    /** Everyone in the round without a decision goes to the kweekvijver. */
    record RestOut(String tournament, int round) implements NewBusinessAction {
        public String pack() {
            return "rest:" + tournament + ":" + round;
        }
    }

    /** All suspects in the round with their decision, a page of them, each a button that changes it. */
    record Overview(String tournament, int round, int page) implements NewBusinessAction {
        public String pack() {
            return "ov:" + tournament + ":" + round + ":" + page;
        }
    }

    /** The round's decisions taken: on to the next round (or the year's end). */
    record Proceed(String tournament, int round) implements NewBusinessAction {
        public String pack() {
            return "next:" + tournament + ":" + round;
        }
    }

    /** The tournament as it stands: its text and the bracket. */
    record Show(String tournament) implements NewBusinessAction {
        public String pack() {
            return "show:" + tournament;
        }
    }

    /** The kweekvijver: who went out when. */
    record Pond(String tournament) implements NewBusinessAction {
        public String pack() {
            return "pond:" + tournament;
        }
    }

    /** Close the year now (asked first); {@code sure} once confirmed. */
    record Close(String tournament, boolean sure) implements NewBusinessAction {
        public String pack() {
            return "close:" + tournament + (sure ? ":y" : "");
        }
    }

    /** Start a new year after this one, with its kweekvijver back on the list or not. */
    record NewYear(String tournament, boolean withPond) implements NewBusinessAction {
        public String pack() {
            return "new:" + tournament + (withPond ? ":p" : "");
        }
    }

    /** The earlier years. */
    record History(String tournament) implements NewBusinessAction {
        public String pack() {
            return "hist:" + tournament;
        }
    }

    String ID = "([0-9a-f]{24})";
    String ROUND = "([1-6])";
    String NO = "(\\d{1,3})";
    Pattern DONE = Pattern.compile("done:" + ID);
    Pattern LIST = Pattern.compile("list:" + ID + ":(\\d{1,2})");
    Pattern FIRST = Pattern.compile("first:" + ID);
    Pattern WEEKS = Pattern.compile("weeks:" + ID + ":(6|7|8|9|10)");
    Pattern LENGTH = Pattern.compile("len:" + ID);
    Pattern DECIDE = Pattern.compile("dec:" + ID + ":" + ROUND);
    Pattern MARK = Pattern.compile("mark:" + ID + ":" + ROUND + ":" + NO + ":([gn])(?::(\\d{1,2}))?");
    Pattern SKIP = Pattern.compile("skip:" + ID + ":" + ROUND + ":" + NO);
    Pattern REST = Pattern.compile("rest:" + ID + ":" + ROUND);
    Pattern OVERVIEW = Pattern.compile("ov:" + ID + ":" + ROUND + ":(\\d{1,2})");
    Pattern PROCEED = Pattern.compile("next:" + ID + ":" + ROUND);
    Pattern SHOW = Pattern.compile("show:" + ID);
    Pattern POND = Pattern.compile("pond:" + ID);
    Pattern CLOSE = Pattern.compile("close:" + ID + "(:y)?");
    Pattern NEW = Pattern.compile("new:" + ID + "(:p)?");
    Pattern HISTORY = Pattern.compile("hist:" + ID);

    /** The action of a button's packed form; empty for anything this version does not know. */
    static Optional<NewBusinessAction> unpack(String packed) {
        Matcher m;
        if ((m = DONE.matcher(packed)).matches()) {
            return Optional.of(new Done(m.group(1)));
        }
        if ((m = LIST.matcher(packed)).matches()) {
            return Optional.of(new ShowList(m.group(1), Integer.parseInt(m.group(2))));
        }
        if ((m = FIRST.matcher(packed)).matches()) {
            return Optional.of(new KeepFirst(m.group(1)));
        }
        if ((m = WEEKS.matcher(packed)).matches()) {
            return Optional.of(new Weeks(m.group(1), Integer.parseInt(m.group(2))));
        }
        if ((m = LENGTH.matcher(packed)).matches()) {
            return Optional.of(new AskWeeks(m.group(1)));
        }
        if ((m = DECIDE.matcher(packed)).matches()) {
            return Optional.of(new Decide(m.group(1), Integer.parseInt(m.group(2))));
        }
        if ((m = MARK.matcher(packed)).matches()) {
            return Optional.of(new Mark(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    m.group(4).equals("g") ? Tournament.Decision.GO : Tournament.Decision.NO_GO,
                    m.group(5) == null ? -1 : Integer.parseInt(m.group(5))));
        }
        if ((m = SKIP.matcher(packed)).matches()) {
            return Optional.of(new Skip(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        }
        if ((m = REST.matcher(packed)).matches()) {
            return Optional.of(new RestOut(m.group(1), Integer.parseInt(m.group(2))));
        }
        if ((m = OVERVIEW.matcher(packed)).matches()) {
            return Optional.of(new Overview(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        }
        if ((m = PROCEED.matcher(packed)).matches()) {
            return Optional.of(new Proceed(m.group(1), Integer.parseInt(m.group(2))));
        }
        if ((m = SHOW.matcher(packed)).matches()) {
            return Optional.of(new Show(m.group(1)));
        }
        if ((m = POND.matcher(packed)).matches()) {
            return Optional.of(new Pond(m.group(1)));
        }
        if ((m = CLOSE.matcher(packed)).matches()) {
            return Optional.of(new Close(m.group(1), m.group(2) != null));
        }
        if ((m = NEW.matcher(packed)).matches()) {
            return Optional.of(new NewYear(m.group(1), m.group(2) != null));
        }
        if ((m = HISTORY.matcher(packed)).matches()) {
            return Optional.of(new History(m.group(1)));
        }
        return Optional.empty();
    }
}
