package nl.homerun.accounts;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.homerun.coach.Button;
import nl.homerun.contacts.Contact.Tier;

/**
 * What a button of the accounts feature does, packed into its action and unpacked here and nowhere else. The packed
 * form is {@code acc:<what>[:<argument>[:<argument>]]}; an account is named by its 24-digit id.
 */
sealed interface AccountAction {

    String FEATURE = "acc";

    /** The action without the feature name; {@link #unpack} reads it back. */
    String pack();

    default Button button(String label) {
        return new Button(label, FEATURE + ":" + pack());
    }

    /** Show the account's card. */
    record Show(String accountId) implements AccountAction {
        @Override
        public String pack() {
            return "s:" + accountId;
        }
    }

    /** Score the account's value: the value conversation starts. */
    record Value(String accountId) implements AccountAction {
        @Override
        public String pack() {
            return "v:" + accountId;
        }
    }

    /** Give the account this tier: the proposal confirmed, or another chosen. */
    record SetTier(String accountId, Tier tier) implements AccountAction {
        @Override
        public String pack() {
            return "t:" + accountId + ":" + tier.name();
        }
    }

    /**
     * The answer to the value question asked at this conversation version: a score of 1 to 5, or 0 to skip the
     * criterion.
     */
    record Score(long version, int score) implements AccountAction {

        public Score {
            if (score < 0 || score > 5) {
                throw new IllegalArgumentException("A score is 0 (skip) to 5: " + score);
            }
        }

        @Override
        public String pack() {
            return "sc:" + version + ":" + score;
        }
    }

    /** Text typed during the value conversation, held at this version: a visit note after all ({@code asNote}), or not. */
    record Typed(long version, boolean asNote) implements AccountAction {
        @Override
        public String pack() {
            return "n:" + version + ":" + (asNote ? "y" : "n");
        }
    }

    /** Two accounts are one company: {@code goneId} goes into {@code keepId}, under the kept one's name. */
    record Merge(String keepId, String goneId) implements AccountAction {
        @Override
        public String pack() {
            return "m:" + keepId + ":" + goneId;
        }
    }

    /** Ask whether these two accounts are one company. */
    record AskMerge(String oneId, String otherId) implements AccountAction {
        @Override
        public String pack() {
            return "q:" + oneId + ":" + otherId;
        }
    }

    /** Two accounts are different companies: they are not offered to merge again. */
    record Apart(String oneId, String otherId) implements AccountAction {
        @Override
        public String pack() {
            return "a:" + oneId + ":" + otherId;
        }
    }

    Pattern ID = Pattern.compile("[0-9a-f]{24}");
    Pattern PACKED = Pattern.compile("([a-z]{1,2}):([0-9a-f]{1,24})(?::([0-9a-zA-Z]{1,24}))?");

    /** The action of a button's packed form; empty for anything this version does not know. */
    static Optional<AccountAction> unpack(String packed) {
        Matcher m = PACKED.matcher(packed);
        if (!m.matches()) {
            return Optional.empty();
        }
        String what = m.group(1);
        String first = m.group(2);
        String second = m.group(3);
        if (what.equals("sc") || what.equals("n")) {
            if (second == null || !first.matches("\\d{1,18}")) {
                return Optional.empty();
            }
            long version = Long.parseLong(first);
            return Optional.ofNullable(what.equals("sc") ? second.matches("[0-5]") ? new Score(version, Integer.parseInt(second)) : null
                    : second.equals("y") || second.equals("n") ? new Typed(version, second.equals("y")) : null);
        }
        if (!ID.matcher(first).matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(second == null ? switch (what) {
            case "s" -> new Show(first);
            case "v" -> new Value(first);
            default -> null;
        } : switch (what) {
            case "t" -> second.matches("[ABC]") ? new SetTier(first, Tier.valueOf(second)) : null;
            case "m" -> ID.matcher(second).matches() && !second.equals(first) ? new Merge(first, second) : null;
            case "a" -> ID.matcher(second).matches() && !second.equals(first) ? new Apart(first, second) : null;
            case "q" -> ID.matcher(second).matches() && !second.equals(first) ? new AskMerge(first, second) : null;
            default -> null;
        });
    }
}
