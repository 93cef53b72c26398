package nl.homerun.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The statements of a note with their place: split at full stops, question and exclamation marks, lines, dashes. */
final class Sentences {

    private static final Pattern BREAK = Pattern.compile("(?<=[.!?;])\\s+|\\n+|\\s+[-–—]\\s+|\\s*[•·]\\s*");

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
        List<Sentence> sentences = new ArrayList<>();
        Matcher m = BREAK.matcher(note);
        int start = 0;
        while (m.find()) {
            add(sentences, note, start, m.start());
            start = m.end();
        }
        add(sentences, note, start, note.length());
        return sentences;
    }

    private static void add(List<Sentence> sentences, String note, int from, int to) {
        String text = note.substring(from, to);
        int lead = text.length() - text.stripLeading().length();
        String stripped = text.strip();
        if (stripped.codePoints().anyMatch(Character::isLetterOrDigit)) {
            sentences.add(new Sentence(stripped, from + lead));
        }
    }
}
