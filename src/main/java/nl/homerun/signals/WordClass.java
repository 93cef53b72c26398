package nl.homerun.signals;

import java.util.HashMap;
import java.util.Map;

/**
 * The few kinds of word the features treat apart, in one table so that a token is looked up once: negations,
 * words that end a clause, words that turn a sentence round, and words that only say who spoke or that the speaker
 * hesitated.
 */
final class WordClass {

    static final int NEGATOR = 1;
    static final int CLAUSE_END = 2;
    static final int TURN = 4;
    static final int NOT_MEANING = 8;

    private static final Map<String, Integer> CLASSES = new HashMap<>();

    static {
        add(NEGATOR, "niet", "geen", "nooit", "niets", "niks", "niemand", "nergens", "zonder", "noch", "nie", "gene", "no",
                "not", "never", "nothing", "nobody", "none", "without", "nor", "nowhere", "dont", "doesnt", "didnt", "isnt",
                "wasnt", "arent", "werent", "wont", "cant", "cannot", "couldnt", "shouldnt", "wouldnt", "havent", "hasnt",
                "hadnt", "aint");
        add(CLAUSE_END, "?", "!", "!!", "??", "?!", "\"", "…", "maar", "but", "en", "and", "want", "omdat", "because",
                "alleen", "although", "though", "wel");
        add(TURN, "maar", "alleen", "behalve", "echter", "toch", "helaas", "but", "only", "except", "apart", "however",
                "though", "although", "unfortunately");
        add(NOT_MEANING, "zei", "zegt", "zeiden", "zeggen", "vertelde", "vertelt", "aldus", "said", "says", "told", "tells",
                "eh", "ehm", "uh", "uhm", "um", "umm", "erm", "hmm");
    }

    private WordClass() {
    }

    private static void add(int kind, String... words) {
        for (String word : words) {
            CLASSES.merge(word, kind, (a, b) -> a | b);
        }
    }

    /** The kinds of a token, as bits. */
    static int of(String token) {
        Integer kinds = CLASSES.get(token);
        return kinds == null ? 0 : kinds;
    }

    static boolean is(String token, int kind) {
        return (of(token) & kind) != 0;
    }
}
