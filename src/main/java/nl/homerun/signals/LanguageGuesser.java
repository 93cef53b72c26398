package nl.homerun.signals;

import java.util.function.Supplier;

import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

import nl.homerun.users.Language;


/**
 * Decides whether a note is Dutch or English. Our own Dutch-or-English detector, trained on the notes of
 * {@code models/data}, decides when it is very sure (it reads a few words well, and is fast). Otherwise OpenNLP's
 * general language detector (103 languages, from Maven Central) decides a note long enough for it, when it is sure;
 * then our detector when it is fairly sure; and last the user's own language. Measured on the held-out sentences in
 * models/README.md.
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
     * @param hint the user's language, used when the note itself does not tell; null means Dutch
     */
    Language guess(String text, Language hint) {
        opennlp.tools.langdetect.Language ours = domain.get().predictLanguage(text);
        if (ours.getConfidence() >= 0.9) {
            return ours.getLang().equals("nld") ? Language.NL : Language.EN;
        }
        if (text.length() >= 40) {
            double nl = 0;
            double en = 0;
            for (opennlp.tools.langdetect.Language detected : general.get().predictLanguages(text)) {
                if (detected.getLang().equals("nld")) {
                    nl = detected.getConfidence();
                } else if (detected.getLang().equals("eng")) {
                    en = detected.getConfidence();
                }
            }
            if (nl + en > 0 && Math.max(nl, en) / (nl + en) >= 0.8) {
                return nl > en ? Language.NL : Language.EN;
            }
        }
        if (ours.getConfidence() >= 0.7 || hint == null) {
            return ours.getLang().equals("nld") ? Language.NL : Language.EN;
        }
        return hint;
    }
}
