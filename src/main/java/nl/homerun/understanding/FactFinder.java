package nl.homerun.understanding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.homerun.contacts.Contact;
import nl.homerun.dates.Dates;
import nl.homerun.dates.InText;
import nl.homerun.understanding.Sentences.Sentence;
import nl.homerun.understanding.Understanding.FactKind;
import nl.homerun.understanding.Understanding.PersonalFact;

/**
 * Finds the personal details the method asks an account manager to know (family, sport, hobbies, car, coffee, how
 * they behave, their workplace, birthday, a new role) and the coming life events to ask about afterwards ("zijn
 * dochter trouwt in juni", "off to Crete for two weeks from the 11th"), each for the contact the statement is
 * about. By rule: each kind is a vocabulary of the things people mention ({@code understanding/facts.txt}), which a
 * rule finds as well as a model would and explains better, and no labelled corpus to train one exists.
 */
final class FactFinder {

    static final String RELATIVES = "man|vrouw|partner|vriend|vriendin|zoon|dochter|broer|zus|vader|moeder|"
            + "husband|wife|son|daughter|brother|sister|father|mother|dad|mum|mom|boyfriend|girlfriend|kleindochter|"
            + "kleinzoon|nicht|neef|granddaughter|grandson|niece|nephew|fiancée?|verloofde|schoonzoon|schoondochter|"
            + "schoonvader|schoonmoeder|zwager|schoonzus|son-in-law|daughter-in-law|father-in-law|mother-in-law";
    private static final Map<String, Cues> CUES = cues();
    private static final Map<FactKind, Cues> KINDS = kinds();
    private static final Pattern PRONOUN = Pattern.compile("\\b(hij|zij|ze|zijn|haar|hem|ie|he|she|his|her|him|hes|shes)\\b");
    /** A statement that opens with the writer, a group or a thing is not about the contact the note is about. */
    private static final Pattern OTHER_SUBJECT = Pattern.compile("(ik|i|we|wij|they|de|het|the|a|an|een|our|onze|ons|my|"
            + "mijn|mn|it|its|this|that|there|these|those|dit|dat|er|deze|die|geen|niets|niks|no|nothing)\\b");
    /** Sayings whose cue word says nothing about the person ("uit de running": out of action). */
    private static final Pattern IDIOM = Pattern.compile("\\b(uit de running|in the running|out of the running)\\b");
    /**
     * A relative only along for the move or the trip ("he and his wife are moving", "with her sister"), or whose
     * wedding, exams or house the statement is about ("for her brother's wedding"), which is no family fact.
     */
    private static final Pattern COMPANION = Pattern.compile("\\b((" + RELATIVES + "|family|parents)('s|’s|') (wedding|"
            + "exams?|graduation|party|birthday|funeral|place|house|home)|(bruiloft|feest|verjaardag|begrafenis|examen|diploma-uitreiking) van (zijn|haar|z'n) ("
            + RELATIVES + ")|(en|and) (zijn|haar|his|her) "
            + "(vrouw|man|partner|wife|husband)|(met|with|w/|w) (zijn|haar|z'n|his|her) (" + RELATIVES + "|gezin|family)|"
            + "(moving|moves|verhuist) (zijn|haar|his|her) (gezin|family)|(" + RELATIVES + ")('s|’s) (job|work|career|baan|werk))\\b");
    /**
     * A clause about a relative ("his daughter's a competitive swimmer", "twee jongens die allebei voetballen"): its
     * sport or hobby is the relative's, so only the family fact is read from it, up to the clause's end.
     */
    private static final Pattern ABOUT_A_RELATIVE = Pattern.compile("\\b(" + RELATIVES + "|kids|kinderen|jongens|meiden|"
            + "boys|girls)('s|’s| die| who)\\b[^,;:]*");
    /** A relative named right before a name ("haar man Joop", "his wife Anna"): the name is not the contact's. */
    private static final Pattern RELATIVE_BEFORE = Pattern.compile("\\b(" + RELATIVES + ")[,:]?\\s+$");

    /** Where a statement's facts fall apart: commas, semicolons, colons and dashes. */
    private static final Pattern FACT_CLAUSE = Pattern.compile("[,;:]\\s+|\\s+[-–—]\\s+");
    /** A clause that opens with the writer or the company is about them, not the person. */
    static final Pattern NOT_PERSONAL = Pattern.compile("(ik|i|we|wij|our|onze|ons|(the |their |hun |het |de )?"
            + "(firm|company|business|office|offices|site|store|shop|plant|factory|warehouse|practice|clinic|school|hotel|"
            + "restaurant|hq|head office|depot|showroom|bedrijf|firma|kantoor|zaak|winkel|fabriek|vestiging|filiaal|magazijn|"
            + "werf|locatie|hoofdkantoor|praktijk|kliniek|drukkerij|bakkerij|kwekerij|brouwerij|garage|kwekerij|boerderij))\\b");
    private static final Pattern DAY_OF_MONTH = Pattern.compile("\\b(\\d{1,2}\\s+\\p{L}+|\\p{L}+\\s+\\d{1,2}(st|nd|rd|th)?|"
            + "(the )?\\d{1,2}(st|nd|rd|th)( of \\p{L}+)?)");

    private FactFinder() {
    }

    /** Whether the name at {@code start} of the note is a relative of someone ("haar man Joop"), not a contact. */
    static boolean namesARelative(String note, int start) {
        return start > 0 && RELATIVE_BEFORE.matcher(note.substring(Math.max(0, start - 20), start).toLowerCase(Locale.ROOT))
                .find();
    }

    /**
     * The facts a statement tells about the person it is about; how they behave only when it tells nothing else, and
     * a birthday only with its day (a greeting or "is in september jarig" gives none to keep). A clause that opens
     * with the writer or the company ("we leveren", "firm moving to new offices") tells nothing personal.
     */
    static List<PersonalFact> facts(Sentence sentence, String original, Contact person, boolean named, LocalDate today) {
        List<PersonalFact> facts = new ArrayList<>();
        String lower = sentence.text().toLowerCase(Locale.ROOT);
        if (!aboutThePerson(lower, person, named)) {
            return facts;
        }
        String text = IDIOM.matcher(lower).replaceAll(" ");
        String withoutCompanions = COMPANION.matcher(text).replaceAll(" ");
        String withoutRelatives = ABOUT_A_RELATIVE.matcher(text).replaceAll("$1");
        for (Map.Entry<FactKind, Cues> kind : KINDS.entrySet()) {
            if (kind.getValue().in(kind.getKey() == FactKind.FAMILY ? withoutCompanions : withoutRelatives)
                    && (kind.getKey() != FactKind.BIRTHDAY || birthday(sentence.text(), today).isPresent())) {
                String clause = clauseWith(kind.getValue(), original, sentence.text());
                if (!NOT_PERSONAL.matcher(clause.strip().toLowerCase(Locale.ROOT)).lookingAt()) {
                    facts.add(new PersonalFact(person, kind.getKey(), value(kind.getKey(), clause, today)));
                }
            }
        }
        oneOfTwoIn(facts, FactKind.SPORT, FactKind.HOBBIES);
        oneOfTwoIn(facts, FactKind.ROLE, FactKind.NOTES);
        for (FactKind kind : FactKind.values()) {
            if (kind != FactKind.BEHAVIOUR) {
                oneOfTwoIn(facts, kind, FactKind.BEHAVIOUR);
            }
        }
        if (facts.stream().anyMatch(f -> f.kind() == FactKind.FAMILY)) {
            facts.removeIf(f -> f.kind() == FactKind.NOTES);
        }
        return facts;
    }

    /**
     * One clause that says two kinds, where one says it better, is one fact of that kind: "golf nut", "fietst elk
     * weekend" is sport, not a hobby as well; "moved from finance to procurement director" is a role; how someone
     * behaves is kept only from a clause that tells nothing else.
     */
    private static void oneOfTwoIn(List<PersonalFact> facts, FactKind better, FactKind worse) {
        facts.stream().filter(f -> f.kind() == better).findFirst().ifPresent(kept ->
                facts.removeIf(f -> f.kind() == worse && f.value().equals(kept.value())));
    }

    /** Whether the lower-cased text has one of the cues of a kind of {@code understanding/facts.txt} ("EVENT", "ROLE"). */
    static boolean cued(String kind, String lower) {
        return CUES.get(kind).in(lower);
    }

    /**
     * Whether a statement is about the person: it names them, says he or she, or opens with something other than
     * the writer or a thing ("gaat in juli kamperen", "Super nice guy, always calls me 'kiddo'").
     */
    static boolean aboutThePerson(String lower, Contact person, boolean named) {
        return person != null && (named || PRONOUN.matcher(lower).find() || !OTHER_SUBJECT.matcher(lower).lookingAt());
    }

    /**
     * The part of a statement, between commas, that tells the fact, as typed: "ze rijdt een BMW" of "net gesproken, ze
     * rijdt een BMW". The cues are read in {@code read}, the statement with its names blanked, of the same length.
     */
    private static String clauseWith(Cues cues, String typed, String read) {
        Matcher breaks = FACT_CLAUSE.matcher(typed);
        int from = 0;
        while (true) {
            boolean more = breaks.find();
            int to = more ? breaks.start() : typed.length();
            if (cues.in(read.substring(from, to).toLowerCase(Locale.ROOT))) {
                return typed.substring(from, to);
            }
            if (!more) {
                return typed;
            }
            from = breaks.end();
        }
    }

    private static String value(FactKind kind, String text, LocalDate today) {
        String value = kind == FactKind.BIRTHDAY ? birthday(text, today).orElseThrow() : text.strip();
        return value.replaceAll("[.!]+$", "");
    }

    /**
     * The day and month of a birthday as typed ("30 sept", "the 2nd of June"), else of the day the statement names
     * ("jarig vandaag", "is on the 21st"), as day-month.
     */
    private static Optional<String> birthday(String text, LocalDate today) {
        Matcher words = DAY_OF_MONTH.matcher(text);
        for (int from = 0; from < text.length() && words.find(from); from = words.start() + 1) {
            if (Dates.readBirthday(words.group()).isPresent()) {
                return Optional.of(words.group());
            }
        }
        return InText.dates(text, today).stream().filter(d -> d.day() != null).findFirst()
                .map(d -> d.day().getDayOfMonth() + "-" + d.day().getMonthValue());
    }

    /**
     * The cue words of a kind, by the letter they start with: the lists are long, and trying every cue at every word
     * would make a note slow to read. A cue that starts with a pattern ({@code \\p{L}*vakantie}) is tried at every word.
     */
    private record Cues(Map<Character, Pattern> byFirstLetter, Pattern others) {

        /** Whether the lower-cased text has one of the cues as whole words. */
        boolean in(String lower) {
            Map<Pattern, Matcher> matchers = new HashMap<>();
            for (int i = 0; i < lower.length(); i++) {
                char c = lower.charAt(i);
                boolean starts = Character.isLetterOrDigit(c)
                        && (i == 0 || !Character.isLetterOrDigit(lower.charAt(i - 1)) && lower.charAt(i - 1) != '-');
                if (starts && (at(byFirstLetter.get(c), lower, i, matchers) || at(others, lower, i, matchers))) {
                    return true;
                }
            }
            return false;
        }

        private static boolean at(Pattern cues, String lower, int start, Map<Pattern, Matcher> matchers) {
            return cues != null && matchers.computeIfAbsent(cues, p -> p.matcher(lower)).region(start, lower.length())
                    .lookingAt();
        }

        static Cues of(List<String> alternatives) {
            Map<Character, List<String>> byLetter = new HashMap<>();
            List<String> others = new ArrayList<>();
            for (String alternative : alternatives) {
                char first = alternative.charAt(0);
                if (Character.isLetter(first) && !alternative.contains("|")) {
                    byLetter.computeIfAbsent(first, k -> new ArrayList<>()).add(alternative);
                } else {
                    others.add(alternative);
                }
            }
            Map<Character, Pattern> patterns = new HashMap<>();
            byLetter.forEach((letter, cues) -> patterns.put(letter, words(cues)));
            return new Cues(patterns, others.isEmpty() ? null : words(others));
        }

        /** One pattern of whole words, its groups not capturing: only whether it matches counts. */
        private static Pattern words(List<String> cues) {
            String alternatives = String.join("|", cues).replaceAll("(?<!\\\\)\\((?!\\?)", "(?:");
            return Pattern.compile("(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
        }
    }

    /** The cue words per kind of fact. */
    private static Map<FactKind, Cues> kinds() {
        Map<FactKind, Cues> kinds = new EnumMap<>(FactKind.class);
        for (FactKind kind : FactKind.values()) {
            if (CUES.containsKey(kind.name())) {
                kinds.put(kind, CUES.get(kind.name()));
            }
        }
        return kinds;
    }

    /** The cues of {@code understanding/facts.txt} per kind, split into their top-level alternatives. */
    private static Map<String, Cues> cues() {
        Map<String, List<String>> alternatives = new HashMap<>();
        try (InputStream in = FactFinder.class.getResourceAsStream("/understanding/facts.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int colon = line.indexOf(':');
                if (!line.isBlank() && !line.startsWith("#") && colon > 0) {
                    alternatives.computeIfAbsent(line.substring(0, colon).strip(), k -> new ArrayList<>())
                            .addAll(topLevel(line.substring(colon + 1).strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Cues> cues = new HashMap<>();
        alternatives.forEach((kind, list) -> cues.put(kind, Cues.of(list)));
        return cues;
    }

    /** The alternatives of a pattern outside its groups and classes: "a|b(c|d)" gives "a" and "b(c|d)". */
    private static List<String> topLevel(String pattern) {
        List<String> alternatives = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == '|' && depth == 0) {
                alternatives.add(pattern.substring(from, i));
                from = i + 1;
            }
        }
        alternatives.add(pattern.substring(from));
        return alternatives;
    }
}
