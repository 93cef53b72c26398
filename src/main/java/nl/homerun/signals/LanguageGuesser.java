package nl.homerun.signals;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import opennlp.tools.langdetect.LanguageDetectorContextGenerator;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

import opennlp.tools.ml.model.AbstractModel;

import nl.homerun.users.Language;


/**
 * Decides whether a note is Dutch or English (or neither), with our own Dutch-or-English detector, trained on the
 * notes of {@code models/data} (it reads a few words well, and is fast), and OpenNLP's general language detector
 * (103 languages, from Maven Central). Measured on the held-out sentences in models/README.md.
 */
final class LanguageGuesser {

    static final String DOMAIN_MODEL = "language-nl-en.bin";
    /** The words our notes use, Dutch and English: a note that uses few of them may be in another language. */
    static final String WORDS = "words-nl-en.txt";

    private final Set<String> ourWords;

    private final ThreadLocal<LanguageDetectorME> general;
    /** Ours, read as {@link LanguageDetectorME} reads it (the same context), but through {@link LinearScores}. */
    private final LanguageDetectorContextGenerator domainContext;
    private final LinearScores domainScores;
    private final boolean dutchFirst;

    /** The general model (10 MB) is loaded on first use: most notes are decided by ours alone. */
    LanguageGuesser(Supplier<LanguageDetectorModel> generalModel, LanguageDetectorModel domainModel, Set<String> ourWords) {
        this.ourWords = ourWords;
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
        this.domainContext = domainModel.getFactory().getContextGenerator();
        AbstractModel domain = (AbstractModel) domainModel.getMaxentModel();
        this.domainScores = LinearScores.of(domain);
        this.dutchFirst = domain.getOutcome(0).equals("nld");
    }

    /** Our detector's language for a text, and how sure it is. */
    private record Ours(Language language, double confidence) {
    }

    private Ours ours(String text) {
        double[] p = domainScores.average(domainContext.getContext(text));
        double dutch = dutchFirst ? p[0] : p[1];
        return dutch >= 0.5 ? new Ours(Language.NL, dutch) : new Ours(Language.EN, 1 - dutch);
    }

    static LanguageGuesser fromClasspath() {
        return new LanguageGuesser(LanguageGuesser::generalModel, load("/models/" + DOMAIN_MODEL),
                SignalModels.fromClasspath("/models/" + WORDS, LanguageGuesser::readWords));
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
     * when it has some length, uses few of the words our notes use, and the general detector finds a language far
     * from Dutch and English at least twice as likely.
     *
     * @param hint the user's language, used when the note itself does not tell; null means Dutch
     */
    Guess guess(String text, Language hint) {
        Ours ours = ours(start(text, OURS_READS));
        Language oursLanguage = ours.language();
        boolean forForeign = text.codePoints().filter(Character::isLetter).count() >= FOREIGN_MIN_LETTERS
                && fewOfOurWords(start(text, GENERAL_READS));
        if (ours.confidence() >= 0.9 && !forForeign) {
            return new Guess(oursLanguage, null);
        }
        if (forForeign || text.length() >= 40) {
            opennlp.tools.langdetect.Language[] detected = general.get().predictLanguages(start(text, GENERAL_READS));
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
            if (ours.confidence() >= 0.9) {
                return new Guess(oursLanguage, null);
            }
            if (text.length() >= 40 && nl + en > 0 && Math.max(nl, en) / (nl + en) >= 0.8) {
                return new Guess(nl > en ? Language.NL : Language.EN, null);
            }
        }
        return new Guess(ours.confidence() >= 0.7 || hint == null ? oursLanguage : hint, null);
    }

    /**
     * The detectors read the start of a long note only: their time grows with the text, and a hundred characters
     * tell the language as well as a thousand (measured in models/README.md on the first three words alone).
     */
    private static final int OURS_READS = 60;
    private static final int GENERAL_READS = 300;

    private static String start(String text, int characters) {
        if (text.length() <= characters) {
            return text;
        }
        int cut = text.lastIndexOf(' ', characters);
        return text.substring(0, cut > characters / 2 ? cut : characters);
    }

    /** Fewer than half of the words of three letters or more are words our Dutch or English notes use. */
    private boolean fewOfOurWords(String text) {
        int words = 0;
        int ours = 0;
        for (String token : Tokens.of(text)) {
            if (token.length() >= 3 && Character.isLetter(token.charAt(0))) {
                words++;
                ours += ourWords.contains(token) ? 1 : 0;
            }
        }
        return ours * 2 < words;
    }

    private static Set<String> readWords(java.io.InputStream in) throws java.io.IOException {
        return Set.copyOf(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList());
    }

    /**
     * The words of the training sentences of both languages that occur three times or more, sorted: what
     * {@code train-models} writes to {@value #WORDS}.
     */
    static List<String> commonWords(java.nio.file.Path data) throws java.io.IOException {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (Language language : Language.values()) {
            for (TrainingData.Sample sample : TrainingData.read(data, language, TrainingData.TRAIN)) {
                for (String token : sample.tokens()) {
                    if (token.length() >= 3 && Character.isLetter(token.charAt(0))) {
                        counts.merge(token, 1, Integer::sum);
                    }
                }
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 3).map(java.util.Map.Entry::getKey).sorted().toList();
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
