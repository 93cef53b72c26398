package nl.homerun.signals;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import nl.homerun.users.Language;

/**
 * Two things in a sentence the coach answers apart from its label, found by rule because they are about a few
 * well-known phrasings rather than about tone: price pressure or a negotiation ("willen 10 % korting, anders…",
 * "a real buyer took over"), and satisfaction or enthusiasm (positive words from the lexicon and no negative one,
 * or a renewal signed), after which the method asks the referral question.
 */
final class Cues {

    private static final Pattern DUTCH_PRICE = Pattern.compile("(?iu)\\b(korting\\w*|prijsverlag\\w*|prijsverhog\\w*"
            + "|prijsstijging\\w*|prijsdruk|goedkoper|duurder|(te|veel|erg|zo|best) duur|scherper\\w*|scherpe prijs"
            + "|betere prijs|beter (bod|aanbod)|prijs (omlaag|naar beneden|drukken|verlagen|matchen)|matchen"
            + "|tarie(f|ven) (omlaag|verlagen|te hoog)|onderhandel\\w*|procent (eraf|minder|lager)|% (eraf|minder|lager)"
            + "|(echte|nieuwe|andere|harde) inkoper|inkoop (heeft|neemt) het (over|overgenomen))");
    private static final Pattern ENGLISH_PRICE = Pattern.compile("(?iu)\\b(discount\\w*|cheaper|pricier"
            + "|price (cut|reduction|drop|match|increase|hike|pressure)s?|lower (price|rate)s?|(too|very|so|way) expensive"
            + "|better (price|deal|offer|rate)|match (their|the|our) price|beat (their|the|our) price|undercut\\w*"
            + "|negotiat\\w*|(percent|%) off|knock \\w+ off|(real|new|proper|professional|tough) (buyer|purchaser)"
            + "|procurement (took|has taken|is taking) over)");
    private static final Pattern DUTCH_RENEWAL = Pattern.compile(
            "(?iu)\\b(contract|overeenkomst|samenwerking)\\b.*\\b(verlengd|getekend|ondertekend|rond)\\b|\\bverlengen\\b");
    private static final Pattern ENGLISH_RENEWAL = Pattern.compile(
            "(?iu)\\b(renew\\w*|signed|extended)\\b.*\\b(contract|agreement|deal)\\b|\\b(contract|agreement|deal)\\b.*\\b(renew\\w*|signed|extended)\\b");

    private static final Set<String> DUTCH_SATISFACTION = Set.of("tevreden", "blij", "dolblij", "lovend", "content",
            "happy", "opgetogen", "verrukt", "geweldig", "fantastisch", "uitstekend", "top", "super", "trots");
    private static final Set<String> ENGLISH_SATISFACTION = Set.of("satisfied", "happy", "pleased", "delighted", "thrilled",
            "impressed", "love", "loves", "loved", "great", "excellent", "fantastic", "brilliant", "chuffed", "stoked",
            "amazing", "awesome", "proud");

    private Cues() {
    }

    static boolean aboutPrice(String sentence, Language language) {
        return mentionsAny(sentence, language == Language.NL ? DUTCH_PRICE_WORDS : ENGLISH_PRICE_WORDS)
                && (language == Language.NL ? DUTCH_PRICE : ENGLISH_PRICE).matcher(sentence).find();
    }

    /** A word each phrase of the patterns above contains: the patterns are tried only when one is there. */
    private static final List<String> DUTCH_PRICE_WORDS = List.of("kort", "prijs", "goedkop", "duur", "scherp", "bod",
            "match", "tarie", "onderhandel", "procent", "%", "inkop", "inkoop");
    private static final List<String> ENGLISH_PRICE_WORDS = List.of("discount", "cheap", "pric", "expensive", "deal",
            "offer", "rate", "match", "beat", "undercut", "negotiat", "percent", "%", "off", "buyer", "purchaser",
            "procurement");
    private static final List<String> DUTCH_RENEWAL_WORDS = List.of("contract", "overeenkomst", "samenwerking", "verleng");
    private static final List<String> ENGLISH_RENEWAL_WORDS = List.of("renew", "signed", "extended", "contract",
            "agreement", "deal");

    private static boolean mentionsAny(String sentence, List<String> words) {
        String lower = sentence.toLowerCase(java.util.Locale.ROOT);
        for (String word : words) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word of satisfaction or enthusiasm that no negation covers ("tevreden", "enthousiast", "delighted"), or a
     * renewal signed; and nothing negative from the lexicon. "Zijn dochter is geslaagd" is good news, not satisfaction.
     */
    static boolean satisfied(String sentence, String[] tokens, Language language) {
        for (Polarity.Hit hit : Polarity.of(language).hits(tokens)) {
            if (hit.negated() != hit.valence() < 0) {
                return false;
            }
        }
        boolean[] negated = Negation.scope(tokens);
        Set<String> words = language == Language.NL ? DUTCH_SATISFACTION : ENGLISH_SATISFACTION;
        for (int i = 0; i < tokens.length; i++) {
            if (!negated[i] && (words.contains(tokens[i]) || tokens[i].startsWith("enthousias") || tokens[i].startsWith("enthusias"))) {
                return true;
            }
        }
        return mentionsAny(sentence, language == Language.NL ? DUTCH_RENEWAL_WORDS : ENGLISH_RENEWAL_WORDS)
                && (language == Language.NL ? DUTCH_RENEWAL : ENGLISH_RENEWAL).matcher(sentence).find();
    }
}
