package nl.homerun.accounts;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.homerun.coach.Button;
import nl.homerun.contacts.Contact.Tier;

/**
 * What a button of the goals and revenue feature does, packed into its action and unpacked here and nowhere else.
 * The packed form is {@code goal:<what>:<argument>[:<argument>…]}; an account is named by its id (24 hex digits),
 * a tier by its letter, a goal in whole percent ({@code -10}, {@code 25}).
 */
sealed interface GoalsAction {

    String FEATURE = "goal";

    /** The action without the feature name; {@link #unpack} reads it back. */
    String pack();

    default Button button(String label) {
        return new Button(label, FEATURE + ":" + pack());
    }

    /** An action on one account. */
    sealed interface OnAccount extends GoalsAction {
        String accountId();
    }

    /** Ask for the account's revenue in a year (typed, as "omzet 2026 240k"). */
    record AskRevenue(String accountId) implements OnAccount {
        @Override
        public String pack() {
            return "rev:" + accountId;
        }
    }

    /** Record revenue already typed, for the account chosen from several (or from the user's accounts). */
    record RecordRevenue(String accountId, int year, long euros) implements OnAccount {
        @Override
        public String pack() {
            return "rev:" + accountId + ":" + year + ":" + euros;
        }
    }

    /** The account's revenue and goal, with its buttons. */
    record ShowAccount(String accountId) implements OnAccount {
        @Override
        public String pack() {
            return "acc:" + accountId;
        }
    }

    /** The goals to choose from for the account. */
    record AccountGoal(String accountId) implements OnAccount {
        @Override
        public String pack() {
            return "ag:" + accountId;
        }
    }

    /** Give the account its own goal, or ({@code percent} null) let it work to its tier's again. */
    record SetAccountGoal(String accountId, Integer percent) implements OnAccount {
        @Override
        public String pack() {
            return "ag:" + accountId + ":" + (percent == null ? "t" : percent);
        }
    }

    /** Ask for the account's own goal to be typed. */
    record TypeAccountGoal(String accountId) implements OnAccount {
        @Override
        public String pack() {
            return "ag:" + accountId + ":?";
        }
    }

    /** The account's revenue per year and goal as a chart. */
    record AccountChart(String accountId) implements OnAccount {
        @Override
        public String pack() {
            return "chart:" + accountId;
        }
    }

    /** The goals to choose from for a tier. */
    record TierGoal(Tier tier) implements GoalsAction {
        @Override
        public String pack() {
            return "tg:" + tier.name();
        }
    }

    /** Set a tier's goal, or ({@code percent} null) set it back to its default. */
    record SetTierGoal(Tier tier, Integer percent) implements GoalsAction {
        @Override
        public String pack() {
            return "tg:" + tier.name() + ":" + (percent == null ? "d" : percent);
        }
    }

    /** Ask for a tier's goal to be typed. */
    record TypeTierGoal(Tier tier) implements GoalsAction {
        @Override
        public String pack() {
            return "tg:" + tier.name() + ":?";
        }
    }

    /** The goals and progress of all accounts in a year. */
    record Overview(int year) implements GoalsAction {
        @Override
        public String pack() {
            return "all:" + year;
        }
    }

    String ID = "[0-9a-f]{24}";
    String PERCENT = "-?\\d{1,3}";
    Pattern ASK_REVENUE = Pattern.compile("rev:(" + ID + ")");
    Pattern RECORD_REVENUE = Pattern.compile("rev:(" + ID + "):(\\d{4}):(\\d{1,13})");
    Pattern SHOW_ACCOUNT = Pattern.compile("acc:(" + ID + ")");
    Pattern ACCOUNT_GOAL = Pattern.compile("ag:(" + ID + ")(?::(t|\\?|" + PERCENT + "))?");
    Pattern ACCOUNT_CHART = Pattern.compile("chart:(" + ID + ")");
    Pattern TIER_GOAL = Pattern.compile("tg:([ABC])(?::(d|\\?|" + PERCENT + "))?");
    Pattern OVERVIEW = Pattern.compile("all:(\\d{4})");

    /** The action of a button's packed form; empty for anything this version does not know. */
    static Optional<GoalsAction> unpack(String packed) {
        Matcher m;
        if ((m = ASK_REVENUE.matcher(packed)).matches()) {
            return Optional.of(new AskRevenue(m.group(1)));
        }
        if ((m = RECORD_REVENUE.matcher(packed)).matches()) {
            return Optional.of(new RecordRevenue(m.group(1), Integer.parseInt(m.group(2)), Long.parseLong(m.group(3))));
        }
        if ((m = SHOW_ACCOUNT.matcher(packed)).matches()) {
            return Optional.of(new ShowAccount(m.group(1)));
        }
        if ((m = ACCOUNT_GOAL.matcher(packed)).matches()) {
            String id = m.group(1);
            String what = m.group(2);
            return Optional.of(what == null ? new AccountGoal(id) : what.equals("?") ? new TypeAccountGoal(id)
                    : new SetAccountGoal(id, what.equals("t") ? null : Integer.valueOf(what)));
        }
        if ((m = ACCOUNT_CHART.matcher(packed)).matches()) {
            return Optional.of(new AccountChart(m.group(1)));
        }
        if ((m = TIER_GOAL.matcher(packed)).matches()) {
            Tier tier = Tier.valueOf(m.group(1));
            String what = m.group(2);
            return Optional.of(what == null ? new TierGoal(tier) : what.equals("?") ? new TypeTierGoal(tier)
                    : new SetTierGoal(tier, what.equals("d") ? null : Integer.valueOf(what)));
        }
        if ((m = OVERVIEW.matcher(packed)).matches()) {
            return Optional.of(new Overview(Integer.parseInt(m.group(1))));
        }
        return Optional.empty();
    }
}
