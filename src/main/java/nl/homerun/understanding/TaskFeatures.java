package nl.homerun.understanding;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import nl.homerun.understanding.Sentences.Sentence;
import nl.homerun.understanding.Understanding.Promise;

/**
 * What the task model ({@link TaskModel}) sees of a possible task: which of the rules' cues its parts match, whether
 * the rules took it, its grammatical person, tense, negation, whether a day or time is said and when that falls,
 * whether it names its person, where it stands in the note, and its first words. Mostly shapes, few words, so that
 * it carries over to notes nobody here wrote.
 */
final class TaskFeatures {

    private static final Pattern FIRST_PERSON = Pattern.compile("(?iu)\\b(i|i'll|i'm|i've|i'd|ill|me|my|we|we'll|"
            + "ik|we|wij|mij|me|ons|onze|let me|let's)\\b");
    private static final Pattern THIRD_PERSON_OPENS = Pattern.compile("(?iu)^(\\S+\\s+)?(he|she|they|he'll|she'll|"
            + "they'll|hij|zij|ze|klant|customer|client)\\b");
    private static final Pattern NEGATION = Pattern.compile("(?iu)\\b(not|no|never|won't|don't|doesn't|didn't|can't|"
            + "niet|geen|nooit|nee|niks|niets)\\b|n't\\b");
    private static final Pattern PAST = Pattern.compile("(?iu)\\b(was|were|had|did|already|yesterday|last|went|sent|"
            + "called|spoke|met|done|finished|heeft|hebben|had|was|waren|gisteren|vorige|al|gedaan|gestuurd|gebeld|"
            + "gesproken|gemaild|verstuurd|afgerond)\\b");
    private static final Pattern FUTURE = Pattern.compile("(?iu)\\b(will|'ll|ll|going to|gonna|need to|have to|must|"
            + "should|to do|zal|zullen|ga|gaan|moet|moeten|wil|morgen|tomorrow|tmrw|next|volgende|komende)\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");

    private TaskFeatures() {
    }

    static String[] of(PromiseCues cues, String note, List<Sentence> sentences, int start, int end, Promise promise,
            LocalDate today, boolean byRules, boolean named, boolean asked) {
        Set<String> f = new LinkedHashSet<>();
        String text = note.substring(start, end);
        String lower = text.toLowerCase(Locale.ROOT);
        f.add(byRules ? "rules" : "dropped");
        f.add(cues == PromiseCues.DUTCH ? "lang=nl" : "lang=en");
        Sentence span = new Sentence(text, start);
        int part = 0;
        for (Sentence clause : Sentences.clauses(span)) {
            StringBuilder before = new StringBuilder();
            for (Sentence p : Sentences.parts(clause)) {
                String after = clause.text().substring(p.end() - clause.start());
                List<String> matched = cues.matched(p.text(), before.toString(), after);
                for (String m : matched) {
                    f.add("cue=" + m);
                    f.add((byRules ? "r" : "d") + "cue=" + m);
                    if (part == 0) {
                        f.add("cue0=" + m);
                    }
                }
                if (matched.isEmpty()) {
                    f.add(part == 0 ? "cue0=none" : "cue=none");
                }
                before.append(' ').append(p.text());
                part++;
            }
        }
        f.add("parts=" + Math.min(part, 4));
        var due = promise.due();
        f.add(due.day() != null ? "due=day" : due.month() != null ? "due=month" : "due=none");
        if (due.time() != null) {
            f.add("time");
        }
        if (due.day() != null) {
            long days = ChronoUnit.DAYS.between(today, due.day());
            f.add(days < 0 ? "when=past" : days == 0 ? "when=today" : days <= 7 ? "when=week" : days <= 31 ? "when=month"
                    : "when=later");
        }
        f.add(promise.person() == null ? "person=none" : named ? "person=named" : "person=pointed");
        if (asked) {
            f.add("asked");
        }
        if (FIRST_PERSON.matcher(lower).find()) {
            f.add("first-person");
        }
        if (THIRD_PERSON_OPENS.matcher(lower).find()) {
            f.add("third-person-opens");
        }
        if (NEGATION.matcher(lower).find()) {
            f.add("negation");
        }
        boolean past = PAST.matcher(lower).find();
        boolean future = FUTURE.matcher(lower).find();
        f.add("tense=" + (past ? future ? "mixed" : "past" : future ? "future" : "none"));
        if (text.contains("?")) {
            f.add("question");
        }
        List<String> words = new ArrayList<>();
        WORD.matcher(lower).results().forEach(r -> words.add(r.group()));
        f.add("words=" + Math.min(words.size(), 16) / 4);
        if (!words.isEmpty()) {
            f.add("w0=" + words.get(0));
            if (words.size() > 1) {
                f.add("w01=" + words.get(0) + "_" + words.get(1));
            }
            f.add("wlast=" + words.get(words.size() - 1));
        }
        int index = 0;
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).start() <= start) {
                index = i;
            }
        }
        f.add(index == 0 ? "pos=first" : index == sentences.size() - 1 ? "pos=last" : "pos=middle");
        f.add((byRules ? "r" : "d") + (due.said() ? "dated" : "undated"));
        return f.toArray(String[]::new);
    }
}
