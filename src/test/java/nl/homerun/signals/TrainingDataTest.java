package nl.homerun.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import nl.homerun.signals.TrainingData.Sample;
import nl.homerun.users.Language;

/** The data keeps the promises of models/data/GUIDE.md: its size, its voices, and no test line copied from training. */
class TrainingDataTest {

    private static final Path DATA = Path.of("models/data");
    private static final Set<String> VOICES = Set.of("careful", "phone", "customer", "flemish", "codemix", "chat",
            "informal", "nonnative", "feedback");

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyTypeHasAtLeast1200TrainingSentencesInSixVoices(Language language) throws IOException {
        List<Sample> train = TrainingData.read(DATA, language, TrainingData.TRAIN);
        for (SignalType type : SignalType.values()) {
            assertThat(train.stream().filter(s -> s.type() == type).count()).as("%s %s", language, type)
                    .isGreaterThanOrEqualTo(1200);
        }
        Map<String, Long> perVoice = train.stream().collect(Collectors.groupingBy(Sample::voice, Collectors.counting()));
        assertThat(VOICES).containsAll(perVoice.keySet());
        assertThat(perVoice.values().stream().filter(n -> n >= 400)).as("voices with 400 lines or more").hasSizeGreaterThanOrEqualTo(6);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theGeneralisationFileIsInAVoiceNoTrainingLineUses(Language language) throws IOException {
        Set<String> trainVoices = TrainingData.trainingSet(DATA, language).stream().map(Sample::voice).collect(Collectors.toSet());
        List<Sample> generalisation = TrainingData.read(DATA, language, TrainingData.GENERALISATION);

        assertThat(generalisation).hasSizeGreaterThanOrEqualTo(4 * 150);
        assertThat(generalisation).extracting(Sample::voice).doesNotContainAnyElementsOf(trainVoices);
        assertThat(TrainingData.notes(DATA, language)).hasSizeGreaterThanOrEqualTo(100);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void noHeldOutLineSharesMoreThan60PercentOfItsWordsWithATrainingLine(Language language) throws IOException {
        List<Set<String>> train = TrainingData.trainingSet(DATA, language).stream().map(s -> words(s.tokens())).toList();
        Map<String, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < train.size(); i++) {
            for (String word : train.get(i)) {
                index.computeIfAbsent(word, w -> new ArrayList<>()).add(i);
            }
        }
        List<String> tooClose = new ArrayList<>();
        for (String part : List.of(TrainingData.TEST, TrainingData.GENERALISATION)) {
            for (Sample sample : TrainingData.read(DATA, language, part)) {
                Set<String> words = words(sample.tokens());
                Set<Integer> candidates = new HashSet<>();
                words.forEach(w -> candidates.addAll(index.getOrDefault(w, List.of())));
                for (int i : candidates) {
                    if (jaccard(words, train.get(i)) > 0.6) {
                        tooClose.add(part + ": " + sample.sentence());
                        break;
                    }
                }
            }
        }
        assertThat(tooClose).isEmpty();
    }

    private static Set<String> words(String[] tokens) {
        Set<String> words = new HashSet<>();
        for (String token : tokens) {
            if (Character.isLetterOrDigit(token.codePointAt(0))) {
                words.add(token);
            }
        }
        return words;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return (double) both.size() / (a.size() + b.size() - both.size());
    }
}
