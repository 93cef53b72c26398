package nl.homerun.signals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import opennlp.tools.langdetect.LanguageDetectorFactory;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.langdetect.LanguageSample;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

import nl.homerun.users.Language;

/** Trains and measures our Dutch-or-English detector (OpenNLP's language detector, character 1–3-grams). */
final class LanguageModelTraining {

    private LanguageModelTraining() {
    }

    /** Trained on every training sentence of both languages, interleaved. */
    static LanguageDetectorModel train(Path data) throws IOException {
        List<LanguageSample> samples = new ArrayList<>();
        List<String> dutch = TrainingData.sentences(data, Language.NL, TrainingData.TRAIN);
        List<String> english = TrainingData.sentences(data, Language.EN, TrainingData.TRAIN);
        for (int i = 0; i < Math.max(dutch.size(), english.size()); i++) {
            if (i < dutch.size()) {
                samples.add(new LanguageSample(new opennlp.tools.langdetect.Language("nld"), dutch.get(i)));
            }
            if (i < english.size()) {
                samples.add(new LanguageSample(new opennlp.tools.langdetect.Language("eng"), english.get(i)));
            }
        }
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        parameters.put(TrainingParameters.ITERATIONS_PARAM, 100);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 2);
        return LanguageDetectorME.train(new CollectionObjectStream<>(samples), parameters, new LanguageDetectorFactory());
    }

    /** How often each step decides the language of a held-out sentence correctly (no user language given). */
    record Accuracy(double general, double ours, double combined, int sentences) {
    }

    /** On whole held-out sentences, and on their first three words (a short note). */
    static List<Accuracy> measure(Path data, LanguageDetectorModel ours) throws IOException {
        LanguageGuesser guesser = new LanguageGuesser(LanguageGuesser::generalModel, ours,
                java.util.Set.copyOf(LanguageGuesser.commonWords(data)));
        return List.of(measure(data, guesser, ours, Integer.MAX_VALUE), measure(data, guesser, ours, 3));
    }

    private static Accuracy measure(Path data, LanguageGuesser guesser, LanguageDetectorModel ours, int words)
            throws IOException {
        LanguageDetectorME generalDetector = new LanguageDetectorME(LanguageGuesser.generalModel());
        LanguageDetectorME oursDetector = new LanguageDetectorME(ours);
        int general = 0;
        int own = 0;
        int combined = 0;
        int all = 0;
        for (Language language : Language.values()) {
            String code = language == Language.NL ? "nld" : "eng";
            for (String whole : TrainingData.sentences(data, language, TrainingData.TEST)) {
                String[] split = whole.split("\\s+");
                String sentence = String.join(" ", Arrays.copyOf(split, Math.min(words, split.length)));
                all++;
                general += generalDetector.predictLanguage(sentence).getLang().equals(code) ? 1 : 0;
                own += oursDetector.predictLanguage(sentence).getLang().equals(code) ? 1 : 0;
                LanguageGuesser.Guess guess = guesser.guess(sentence, null);
                combined += guess.foreign() == null && guess.language() == language ? 1 : 0;
            }
        }
        return new Accuracy((double) general / all, (double) own / all, (double) combined / all, all);
    }
}
