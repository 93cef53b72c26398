package nl.homerun.understanding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import nl.homerun.dates.InText;
import nl.homerun.understanding.Sentences.Sentence;
import nl.homerun.understanding.Understanding.Promise;
import nl.homerun.understanding.Understanding.When;

/**
 * Finds what the account manager promised or must follow up: a statement in the first person about what comes
 * ("ik stuur vrijdag de offerte", "I'll send the deck", "bel ik hem maandag"), a note-to-self that ends in what to
 * do ("offerte morgen sturen", "donderdag terugbellen") or starts with it ("send him the volumes by thurs"). The
 * customer's own plans ("ze sturen de PO volgende week") are no promise. Rules rather than a model: the cue is a
 * handful of grammatical shapes, in both languages, and they show where the task starts and ends.
 */
final class PromiseFinder {

    private static final String DUTCH_VERBS = "stuur|bel|mail|app|zoek|kom|plan|regel|maak|check|vraag|neem|breng|lever|"
            + "zet|koppel|informeer|laat|hou|houd|probeer|reken|bereid|pak|boek|reserveer|schrijf|ga|zal|moet|doe|kijk|"
            + "leg|geef|werk|ruim|verstuur|organiseer|nodig|stel|spreek";
    private static final Pattern DUTCH_FIRST_PERSON = Pattern.compile("(?iu)\\b(ik|we|wij)\\s+(even |nog |zelf |dan |morgen |"
            + "vandaag |straks )?(" + DUTCH_VERBS + ")(en|t)?\\b|\\b(" + DUTCH_VERBS + ")(en|t)?\\s+(ik|we|wij)\\b");
    private static final Pattern DUTCH_TO_DO = Pattern.compile("(?iu)\\b(nog (een keer|eens|1x) (proberen|bellen)|"
            + "opnieuw (proberen|bellen)|(terug|na|op|door|toe)?(bellen|sturen|mailen)|opvolgen|terugkoppelen|navragen|"
            + "uitzoeken|(in)?plannen|regelen|checken|bevestigen|voorbereiden|meenemen|afstemmen|doorrekenen|aanpassen|"
            + "nakijken|boeken|reserveren|organiseren|langsgaan|langskomen|afspreken|prikken|klaarzetten|aanleveren|"
            + "indienen|versturen|opstellen|uitwerken|agenderen)\\b\\s*[.!]?$");
    private static final Pattern ENGLISH_FIRST_PERSON = Pattern.compile("(?iu)\\b(i'?ll|i will|i'?m going to|i am going to|"
            + "im going to|i need to|i have to|i must|i should|i said i'?d|i promised|i owe|we'?ll|we will|we need to|"
            + "we have to|i'?d better|i'?ve got to|i'?m to)\\b|^(need to|must|have to|got to|gotta)\\b");
    private static final Pattern ENGLISH_IMPERATIVE = Pattern.compile("(?iu)^(so |then |and |also |pls |please |must |"
            + "next step:? |to do:? |todo:? |action:? |note to self:? )*(send|call|ring|email|e-mail|mail|chase|book|"
            + "arrange|schedule|set up|follow up|follow-up|check|prepare|prep|confirm|quote|draft|visit|try|ping|remind|"
            + "get|order|put|organise|organize|invite|share|update|review|resend|forward|sort|text|phone|contact|reply|"
            + "write|submit|ask|find out|look into|bring|take|pop|drop|post|buy|pick up)\\b");
    private static final Pattern ENGLISH_TO_DO = Pattern.compile("(?iu)\\b(follow up|follow-up|chase|try again|call back|"
            + "ring back|circle back|get back to)\\b");
    private static final Pattern CUSTOMER_SUBJECT = Pattern.compile("(?iu)^(ze|zij|hij|klant|they|she|he|the customer|"
            + "customer)\\s+(\\p{L}+ )?(wil|willen|wilt|gaat|gaan|komt|komen|stuurt|sturen|belt|zal|zullen|will|wants|want|"
            + "is going|are going|'ll|sends|send)\\b");
    private static final Pattern SPLIT = Pattern.compile("(?iu)\\s+(en|and|daarna|then|en dan)\\s+");

    private PromiseFinder() {
    }

    /** The promises of one statement, each with the day and time said in it. */
    static List<Promise> in(Sentence sentence, LocalDate today, PersonOf personOf) {
        List<Promise> promises = new ArrayList<>();
        String text = sentence.text();
        List<int[]> parts = parts(text);
        for (int[] part : parts) {
            String piece = text.substring(part[0], part[1]).strip();
            if (!isPromise(piece)) {
                continue;
            }
            When due = when(text, part[0], part[1], today, parts.size() == 1);
            promises.add(new Promise(clean(piece), personOf.at(sentence.start() + part[0], sentence.start() + part[1]), due));
        }
        return promises;
    }

    /** Who a piece of the note is about: the contact named there, else the one the note is about, else none. */
    @FunctionalInterface
    interface PersonOf {
        nl.homerun.contacts.Contact at(int start, int end);
    }

    static boolean isPromise(String piece) {
        String p = piece.strip();
        if (CUSTOMER_SUBJECT.matcher(p).find()) {
            return false;
        }
        return DUTCH_FIRST_PERSON.matcher(p).find() || DUTCH_TO_DO.matcher(p).find() || ENGLISH_FIRST_PERSON.matcher(p).find()
                || ENGLISH_IMPERATIVE.matcher(p).find() || ENGLISH_TO_DO.matcher(p).find();
    }

    /** The statement split at "en" / "and" where both sides promise something; else whole. */
    private static List<int[]> parts(String text) {
        List<int[]> parts = new ArrayList<>();
        var m = SPLIT.matcher(text);
        int start = 0;
        while (m.find()) {
            String before = text.substring(start, m.start());
            String after = text.substring(m.end());
            if (isPromise(before) && isPromise(after)) {
                parts.add(new int[] {start, m.start()});
                start = m.end();
            }
        }
        parts.add(new int[] {start, text.length()});
        return parts;
    }

    /** The day (or month) and time said in the piece; for a whole statement, anywhere in it. */
    private static When when(String text, int from, int to, LocalDate today, boolean whole) {
        String scope = whole ? text : text.substring(from, to);
        List<InText.FoundDate> dates = InText.dates(scope, today);
        List<InText.FoundTime> times = InText.times(scope);
        if (dates.isEmpty() && times.isEmpty()) {
            return When.UNSAID;
        }
        InText.FoundDate date = dates.isEmpty() ? null : dates.get(dates.size() - 1);
        return new When(date == null ? null : date.day(), date == null ? null : date.month(),
                times.isEmpty() ? null : times.get(0).time());
    }

    private static String clean(String piece) {
        String p = piece.strip().replaceAll("[.!]+$", "");
        return p.isEmpty() ? p : Character.toUpperCase(p.charAt(0)) + p.substring(1);
    }
}
