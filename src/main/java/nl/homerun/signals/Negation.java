package nl.homerun.signals;

import java.util.Set;

/**
 * Which tokens a negation covers: from "niet", "geen", "not", "never", "don't"… up to three words on, stopping at
 * the end of the clause. "Geen klachten" and "not happy" then read differently from "klachten" and "happy".
 */
final class Negation {

    private static final int SCOPE = 3;
    private static final Set<String> NEGATORS = Set.of("niet", "geen", "nooit", "niets", "niks", "niemand", "nergens",
            "zonder", "noch", "nie", "gene", "no", "not", "never", "nothing", "nobody", "none", "without", "nor",
            "nowhere", "dont", "doesnt", "didnt", "isnt", "wasnt", "arent", "werent", "wont", "cant", "cannot",
            "couldnt", "shouldnt", "wouldnt", "havent", "hasnt", "hadnt", "aint");
    private static final Set<String> CLAUSE_ENDS = Set.of("?", "!", "!!", "??", "?!", "\"", "…", "maar", "but", "en",
            "and", "want", "omdat", "because", "alleen", "although", "though", "wel");

    private Negation() {
    }

    static boolean isNegator(String token) {
        return NEGATORS.contains(token) || token.endsWith("n't") || token.endsWith("n’t");
    }

    /** For each token, whether a negation before it covers it (the negator itself is not covered). */
    static boolean[] scope(String[] tokens) {
        boolean[] negated = new boolean[tokens.length];
        int left = 0;
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            if (isNegator(token)) {
                left = SCOPE;
            } else if (CLAUSE_ENDS.contains(token)) {
                left = 0;
            } else if (left > 0) {
                negated[i] = true;
                left--;
            }
        }
        return negated;
    }
}
