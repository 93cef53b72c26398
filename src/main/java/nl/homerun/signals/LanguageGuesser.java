package nl.homerun.signals;

import java.util.function.Supplier;

import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

import nl.homerun.users.Language;


/**
 * Decides whether a note is Dutch or English (or neither), with our own Dutch-or-English detector, trained on the
 * notes of {@code models/data} (it reads a few words well, and is fast), and OpenNLP's general language detector
 * (103 languages, from Maven Central). Measured on the held-out sentences in models/README.md.
 */
final class LanguageGuesser {

    static final String DOMAIN_MODEL = "language-nl-en.bin";

    private final ThreadLocal<LanguageDetectorME> general;
    private final ThreadLocal<LanguageDetectorME> domain;

    /** The general model (10 MB) is loaded on first use: most notes are decided by ours alone. */
    LanguageGuesser(Supplier<LanguageDetectorModel> generalModel, LanguageDetectorModel domainModel) {
        Supplier<LanguageDetectorModel> once = new Supplier<>() {
            private volatile LanguageDetectorModel model;

            @Override
            public LanguageDetectorModel get() {
                if (model == null) {
                    synchronized (this) {
                        if (model == null) {
                            model = generalModel.get();
                        }
                    }
                }
                return model;
            }
        };
        this.general = ThreadLocal.withInitial(() -> new LanguageDetectorME(once.get()));
        this.domain = ThreadLocal.withInitial(() -> new LanguageDetectorME(domainModel));
    }

    static LanguageGuesser fromClasspath() {
        return new LanguageGuesser(LanguageGuesser::generalModel, load("/models/" + DOMAIN_MODEL));
    }

    static LanguageDetectorModel generalModel() {
        return load("/langdetect-183.bin");
    }

    private static LanguageDetectorModel load(String resource) {
        return SignalModels.fromClasspath(resource, LanguageDetectorModel::new);
    }

    /**
     * What a note is written in: Dutch or English, or (in {@code foreign}, ISO 639-3, e.g. "deu") another language.
     * Our own detector decides when it is very sure; otherwise OpenNLP's general detector decides a note long enough
     * for it, when it is sure; then ours when fairly sure; and last the user's own language. A note is foreign only
     * when it has some length, ours is unsure and the general one is sure of a language far from Dutch and English.
     *
     * @param hint the user's language, used when the note itself does not tell; null means Dutch
     */
    Guess guess(String text, Language hint) {
        opennlp.tools.langdetect.Language ours = domain.get().predictLanguage(text);
        Language oursLanguage = ours.getLang().equals("nld") ? Language.NL : Language.EN;
        boolean forForeign = text.codePoints().filter(Character::isLetter).count() >= FOREIGN_MIN_LETTERS;
        if (ours.getConfidence() >= 0.9 && !forForeign) {
            return new Guess(oursLanguage, null);
        }
        if (forForeign || text.length() >= 40) {
            opennlp.tools.langdetect.Language[] detected = general.get().predictLanguages(text);
            double nl = 0;
            double en = 0;
            for (opennlp.tools.langdetect.Language language : detected) {
                if (language.getLang().equals("nld")) {
                    nl = language.getConfidence();
                } else if (language.getLang().equals("eng")) {
                    en = language.getConfidence();
                }
            }
            opennlp.tools.langdetect.Language best = detected[0];
            if (forForeign && !CLOSE_TO_OURS.contains(best.getLang())
                    && best.getConfidence() >= FOREIGN_MARGIN * Math.max(nl, en)) {
                return new Guess(hint == null ? oursLanguage : hint, best.getLang());
            }
            if (ours.getConfidence() >= 0.9) {
                return new Guess(oursLanguage, null);
            }
            if (text.length() >= 40 && nl + en > 0 && Math.max(nl, en) / (nl + en) >= 0.8) {
                return new Guess(nl > en ? Language.NL : Language.EN, null);
            }
        }
        return new Guess(ours.getConfidence() >= 0.7 || hint == null ? oursLanguage : hint, null);
    }

    /** Dutch or English, or a language Homerun does not read. */
    record Guess(Language language, String foreign) {
    }

    /** Languages so close to Dutch or English that a note the general detector gives them is most likely ours. */
    private static final java.util.Set<String> CLOSE_TO_OURS = java.util.Set.of("nld", "eng", "afr", "fry", "ltz", "lim",
            "nds", "sco");
    private static final int FOREIGN_MIN_LETTERS = 25;
    /** How many times likelier than Dutch and than English the general detector must find the other language. */
    private static final double FOREIGN_MARGIN = 2;
}
