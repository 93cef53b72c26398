package nl.homerun.understanding;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a note with where they stand in it: lower case, accents removed, a possessive "s" kept apart
 * ("Jans" is also looked up as "jan"); what the finders compare names, cues and dates on.
 */
final class Words {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’\\-.&]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /**
     * Everyday Dutch and English words, months and weekdays that are one letter or one sound away from a first name
     * ("dan", "daar" and Daan, "willen" and Willem, "march" and Mark): never a name by a typo, and a
     * name as typed only where it looks like one.
     */
    private static final Set<String> COMMON = Set.copyOf(List.of("dan", "daar", "dat", "dit", "die", "dus", "maar", "naar",
            "waar", "want", "wat", "wie", "wel", "niet", "nog", "ook", "even", "heel", "veel", "meer", "mee", "met", "van", "voor",
            "over", "onder", "tegen", "door", "om", "tot", "bij", "uit", "aan", "als", "hun", "haar", "zijn", "hij", "zij",
            "wij", "jij", "ons", "onze", "mijn", "deze", "een", "het", "heeft", "hebben", "had", "was", "waren", "wordt",
            "worden", "werd", "kan", "kon", "kunnen", "wil", "willen", "wilde", "moet", "moeten", "zal", "zou", "zullen",
            "gaat", "gaan", "ging", "komt", "komen", "kwam", "doet", "doen", "deed", "zegt", "zei", "laat", "later",
            "morgen", "vandaag", "gisteren", "week", "weken", "maand", "jaar", "dag", "dagen", "keer", "goed", "leuk",
            "mooi", "lief", "lieve", "live", "nieuw", "nieuwe", "oude", "groot", "klein", "alle", "alles", "iets", "niets",
            "toch", "echt", "snel", "net", "pas", "elke", "ieder", "zelf", "samen", "terug", "verder", "eerst", "altijd",
            "nooit", "soms", "mail", "bel", "bellen", "belde", "gebeld", "offerte", "order", "prijs", "team", "mensen",
            "the", "and", "but", "for", "from", "with", "that", "this", "then", "than", "they", "them", "their", "there",
            "here", "his", "her", "she", "him", "has", "have", "had", "was", "were", "will", "would", "can", "could",
            "should", "may", "might", "must", "want", "wants", "wanted", "said", "says", "asked", "told", "call", "called",
            "calls", "back", "next", "last", "just", "still", "also", "only", "very", "well", "good", "great", "nice",
            "new", "old", "all", "any", "some", "more", "most", "much", "many", "few", "day", "days", "week", "weeks",
            "month", "year", "today", "tomorrow", "yesterday", "soon", "later", "done", "sent", "send", "get", "got",
            "make", "made", "take", "took", "come", "came", "going", "meet", "met", "mark", "live", "lives", "love",
            "deal", "date", "dates", "deck", "chat", "chase", "keen", "kind", "rest", "sure", "team", "quote", "price",
            "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
            "november", "december", "january", "february", "march", "june", "july", "august", "october", "maandag",
            "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday"));

    /**
     * The words of the notes the signal models were trained on (Dutch and English, {@code models/words-nl-en.txt}):
     * an everyday word that is no given name is no typo of one ("open" is not Owen).
     */
    private static final Set<String> VOCABULARY = vocabulary();

    private Words() {
    }

    /** A word of everyday notes that is no given name: never read as a name misspelt. */
    static boolean everyday(String folded) {
        return COMMON.contains(folded) || VOCABULARY.contains(folded) && !GivenNames.isGivenName(folded);
    }

    private static Set<String> vocabulary() {
        try (var in = Words.class.getResourceAsStream("/models/words-nl-en.txt")) {
            if (in == null) {
                return Set.of();
            }
            return Set.copyOf(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(w -> !w.isEmpty()).map(Words::fold).toList());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** An everyday word, month or weekday (see {@link #COMMON}). */
    static boolean common(String folded) {
        return COMMON.contains(folded);
    }

    /** A word of the note: as typed, folded, and its place. */
    record Word(String typed, String folded, int start, int end) {

        boolean capitalised() {
            return Character.isUpperCase(typed.charAt(0));
        }

        /** Capitalised as a name is, not written in capitals as an abbreviation ("Jan", not "MD" or "I"). */
        boolean capitalisedAsName() {
            return typed.length() > 1 && capitalised() && Character.isLowerCase(typed.charAt(1));
        }

        /** Written in capitals, as an abbreviation is ("FNB", "S&J"). */
        boolean inCapitals() {
            return typed.length() > 1 && typed.equals(typed.toUpperCase(Locale.ROOT));
        }

        /** Without a possessive ending: "jans", "jan's", "liz's" give "jan", "liz"; null when there is none. */
        String withoutPossessive() {
            if (folded.endsWith("'s") || folded.endsWith("’s")) {
                return folded.substring(0, folded.length() - 2);
            }
            return folded.length() > 3 && folded.endsWith("s") ? folded.substring(0, folded.length() - 1) : null;
        }
    }

    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String typed = m.group();
            while (typed.endsWith(".") || typed.endsWith("-") || typed.endsWith("'")) {
                typed = typed.substring(0, typed.length() - 1);
            }
            words.add(new Word(typed, fold(typed), m.start(), m.start() + typed.length()));
        }
        return words;
    }

    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) >= 0x80) {
                return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("")
                        .replace('’', '\'').replace("ß", "ss").replace("ø", "o").replace("æ", "ae");
            }
        }
        return lower;
    }

    /** How a name sounds, roughly: "sophie" and "sofie", "chloe" and "kloe", "shaun" and "sean" come out alike. */
    static String sound(String name) {
        return name.replace("ph", "f").replace("ck", "k").replace("ch", "k").replace("c", "k").replace("th", "t")
                .replace("sh", "s").replace("ij", "y").replace("ie", "i").replace("ee", "e").replace("oo", "o")
                .replace("ae", "e").replace("ou", "o").replace("au", "o").replace("h", "").replace("ea", "e");
    }
}
