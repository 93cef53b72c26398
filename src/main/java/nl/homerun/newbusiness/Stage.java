package nl.homerun.newbusiness;

import java.util.Optional;

/**
 * The rounds of the method's knock-out schedule, each named by what is done in it with the accounts that play it: 64
 * addresses analysed, 32 approached as suspects, 16 grown into prospects, 8 where you test your ideas, 4 where you
 * present your account plan, 2 you negotiate with; the one left is the year's XXL account. Its texts are under
 * {@code newbusiness.stage.<key>}.
 */
enum Stage {
    ANALYSE(1, 64, "analyse"),
    SUSPECTS(2, 32, "suspects"),
    PROSPECTS(3, 16, "prospects"),
    IDEAS(4, 8, "ideas"),
    PLAN(5, 4, "plan"),
    NEGOTIATION(6, 2, "negotiation");

    /** The most suspects a year takes: the method's 64. */
    static final int MOST = 64;
    /** The fewest that make a tournament: two, the final. */
    static final int FEWEST = 2;
    static final int LAST = 6;

    final int number;
    /** How many accounts the method puts in this round. */
    final int places;
    final String key;

    Stage(int number, int places, String key) {
        this.number = number;
        this.places = places;
        this.key = key;
    }

    static Stage of(int number) {
        return values()[number - 1];
    }

    /** Where a list of {@code size} starts: the round of 64 for more than 32, else the round of 32 (suspects). */
    static Stage first(int size) {
        return size > SUSPECTS.places ? ANALYSE : SUSPECTS;
    }

    Optional<Stage> next() {
        return number == LAST ? Optional.empty() : Optional.of(of(number + 1));
    }

    boolean isFinal() {
        return number == LAST;
    }

    /** How many the next round takes of {@code in}: half (rounded up), and in the final one. */
    int target(int in) {
        return isFinal() ? 1 : (in + 1) / 2;
    }
}
