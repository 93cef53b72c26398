package nl.homerun.signals;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.homerun.users.Language;

/**
 * The simplest thing that could work, to measure the models against: a sentence gets the most urgent type whose
 * keywords it contains. Not used by the bot.
 */
final class KeywordBaseline {

    private static final Map<Language, Map<SignalType, List<String>>> KEYWORDS = Map.of(
            Language.NL, Map.of(
                    SignalType.COMPLAINT, List.of("ontevreden", "klacht", "onacceptabel", "opzeggen", "boos", "woedend",
                            "belachelijk", "schandalig", "niet goed", "te laat", "kapot", "fout", "slecht", "teleurgesteld"),
                    SignalType.SILENT_COMPLAINT, List.of("jammer", "alleen", "helaas", "wel", "hè", "eigenlijk", "toch",
                            "nog steeds", "weer", "lang", "druk", "inmiddels", "maar goed", "geen ramp"),
                    SignalType.BUYING_SIGNAL, List.of("offerte", "brochure", "uitbreiding", "uitbreiden", "interesse",
                            "demo", "budget", "extra", "ook", "enthousiast", "meer", "prijs", "aanbieding", "volgend jaar")),
            Language.EN, Map.of(
                    SignalType.COMPLAINT, List.of("unhappy", "complain", "unacceptable", "cancel", "angry", "furious",
                            "ridiculous", "not good", "late", "broken", "wrong", "bad", "disappointed", "terrible"),
                    SignalType.SILENT_COMPLAINT, List.of("shame", "only", "unfortunately", "bit", "just", "still",
                            "again", "long", "busy", "used to", "fine", "i suppose", "not a big deal"),
                    SignalType.BUYING_SIGNAL, List.of("quote", "brochure", "expand", "extension", "interested", "demo",
                            "budget", "extra", "also", "enthusiastic", "more", "price", "next year", "other sites")));

    private KeywordBaseline() {
    }

    static SignalType label(String sentence, Language language) {
        String text = " " + sentence.toLowerCase(Locale.ROOT) + " ";
        Map<SignalType, List<String>> keywords = KEYWORDS.get(language);
        for (SignalType type : List.of(SignalType.COMPLAINT, SignalType.SILENT_COMPLAINT, SignalType.BUYING_SIGNAL)) {
            for (String keyword : keywords.get(type)) {
                if (text.matches("(?s).*[^\\p{L}]" + java.util.regex.Pattern.quote(keyword) + "[^\\p{L}].*")) {
                    return type;
                }
            }
        }
        return SignalType.NEUTRAL;
    }
}
