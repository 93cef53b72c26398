package nl.homerun.signals;

/**
 * Which tokens a negation covers: from "niet", "geen", "not", "never", "don't"… up to three words on, stopping at
 * the end of the clause. "Geen klachten" and "not happy" then read differently from "klachten" and "happy".
 */
final class Negation {

    private static final int SCOPE = 3;

    private Negation() {
    }

    static boolean isNegator(String token) {
        return WordClass.is(token, WordClass.NEGATOR) || token.endsWith("n't");
    }

    /**
     * For each token, whether a negation before it covers it (the negator itself is not covered). Two feature
     * generators ask for the same sentence in a row, so the last answer is kept per thread.
     */
    static boolean[] scope(String[] tokens) {
        Object[] last = LAST.get();
        if (last[0] == tokens) {
            return (boolean[]) last[1];
        }
        boolean[] negated = compute(tokens);
        last[0] = tokens;
        last[1] = negated;
        return negated;
    }

    private static final ThreadLocal<Object[]> LAST = ThreadLocal.withInitial(() -> new Object[2]);

    private static boolean[] compute(String[] tokens) {
        boolean[] negated = new boolean[tokens.length];
        int left = 0;
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            int kinds = WordClass.of(token);
            if ((kinds & WordClass.NEGATOR) != 0 || token.endsWith("n't")) {
                left = SCOPE;
            } else if ((kinds & WordClass.CLAUSE_END) != 0) {
                left = 0;
            } else if (left > 0) {
                negated[i] = true;
                left--;
            }
        }
        return negated;
    }
}
