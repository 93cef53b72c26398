package nl.homerun.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statements of a note with their place: split at full stops, question and exclamation marks, lines, dashes; and
 * a statement's clauses and the parts "en" / "and" join in them.
 */
final class Sentences {

    private static final Pattern BREAK = Pattern.compile("(?<=[.!?;])\\s+|\\n+|\\s+[-–—]\\s+|\\s*[•·]\\s*");

    /** Where a statement falls into clauses: commas, brackets. */
    private static final Pattern CLAUSE = Pattern.compile(",\\s+|\\s+\\(|\\)\\s+");
    /** Where a clause joins two things: "en", "and", "daarna", "then", "maar", "but", "so" ("fri off so try again mon"). */
    private static final Pattern JOIN = Pattern.compile("(?iu)\\s+(?:en dan|and then|en|and|daarna|then|maar|but|so)\\s+");

    private Sentences() {
    }

    /** A statement and where it starts in the note. */
    record Sentence(String text, int start) {

        int end() {
            return start + text.length();
        }

        boolean contains(int position) {
            return position >= start && position < end();
        }
    }

    static List<Sentence> of(String note) {
        return split(note, 0, BREAK);
    }

    /** The clauses of a statement, placed in the note. */
    static List<Sentence> clauses(Sentence sentence) {
        return split(sentence.text(), sentence.start(), CLAUSE);
    }

    /** The parts of a clause that "en" / "and" join, placed in the note. */
    static List<Sentence> parts(Sentence clause) {
        return split(clause.text(), clause.start(), JOIN);
    }

    private static List<Sentence> split(String text, int offset, Pattern at) {
        List<Sentence> pieces = new ArrayList<>();
        Matcher m = at.matcher(text);
        int start = 0;
        while (m.find()) {
            add(pieces, text, offset, start, m.start());
            start = m.end();
        }
        add(pieces, text, offset, start, text.length());
        return pieces;
    }

    private static void add(List<Sentence> pieces, String whole, int offset, int from, int to) {
        String text = whole.substring(from, to);
        int lead = text.length() - text.stripLeading().length();
        String stripped = text.strip();
        if (stripped.codePoints().anyMatch(Character::isLetterOrDigit)) {
            pieces.add(new Sentence(stripped, offset + from + lead));
        }
    }
}
