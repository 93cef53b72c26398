package nl.homerun.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.ext.ExtensionLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import nl.homerun.users.Language;

/**
 * Training and loading, including OpenNLP's two traps: a doccat model rebuilds its feature generators by class
 * name with no-argument constructors (parameters are lost), and since 2.5.9 it loads them only from registered
 * packages.
 */
class ModelTrainingTest {

    private static final Path DATA = Path.of("models/data");
    private static List<TrainingData.Sample> train;
    private static List<TrainingData.Sample> test;

    @BeforeAll
    static void read() throws IOException {
        train = TrainingData.trainingSet(DATA, Language.NL);
        test = TrainingData.read(DATA, Language.NL, TrainingData.TEST);
    }

    @Test
    void aParameterisedFeatureGeneratorLosesItsParameters() throws IOException {
        DoccatModel trained = ModelTraining.train(Language.NL, Recipe.Learner.MAXENT,
                new FeatureGenerator[] {new NGramFeatureGenerator(1, 3)}, sample());
        String[] tokens = {"geen", "ramp", "hoor"};

        Collection<String> inTheModel = featuresOf(trained, tokens);
        assertThat(inTheModel).as("the model rebuilds NGramFeatureGenerator() by name, with its defaults (2, 2)")
                .isEqualTo(new NGramFeatureGenerator().extractFeatures(tokens, Map.of()))
                .isNotEqualTo(new NGramFeatureGenerator(1, 3).extractFeatures(tokens, Map.of()));
        assertThat(featuresOf(roundTrip(trained), tokens)).isEqualTo(inTheModel);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void ourFeaturesAreTheOnesTheModelWasTrainedWithBeforeAndAfterAReload(Language language) throws IOException {
        FeatureGenerator[] generators = Recipe.CHOSEN.generators(language);
        DoccatModel trained = ModelTraining.train(language, Recipe.Learner.MAXENT, generators, sample());
        String[] tokens = Tokens.of("geen ramp hoor, not a disaster?! 😡 slechtste levering");

        for (int g = 0; g < generators.length; g++) {
            Collection<String> trainedWith = generators[g].extractFeatures(tokens, Map.of());
            assertThat(trainedWith).as(generators[g].getClass().getSimpleName()).isNotEmpty();
            assertThat(featuresOf(trained, g, tokens)).isEqualTo(trainedWith);
            assertThat(featuresOf(roundTrip(trained), g, tokens)).isEqualTo(trainedWith);
        }
        assertThat(differingSentences(trained, roundTrip(trained))).isZero();
    }

    @Test
    void aModelNamingAClassOfAnUnregisteredPackageDoesNotLoad() throws IOException {
        byte[] model = bytes(ModelTraining.train(Language.NL, Recipe.Learner.MAXENT,
                new FeatureGenerator[] {new WordFeatures()}, sample()));
        ExtensionLoader.unregisterAllowedPackage(WordFeatures.class.getPackageName());
        try {
            assertThatThrownBy(() -> new DocumentCategorizerME(new DoccatModel(new ByteArrayInputStream(model))))
                    .hasMessageContaining("nl.homerun.signals.WordFeatures")
                    .hasMessageContaining("not in an allowed package");
        } finally {
            SignalModels.allowOurFeatures();
        }
        assertThat(new DocumentCategorizerME(new DoccatModel(new ByteArrayInputStream(model))).getNumberOfCategories()).isEqualTo(4);
    }

    @Test
    void theSameDataMakesTheSameModel() throws IOException {
        Categorizer first = ModelTraining.train(Language.NL, Recipe.CHOSEN, sample());
        Categorizer second = ModelTraining.train(Language.NL, Recipe.CHOSEN, sample());
        for (int m = 0; m < Recipe.CHOSEN.learners().size(); m++) {
            assertThat(differingSentences(first.models().get(m), second.models().get(m))).isZero();
        }
    }

    @Test
    void theCheckedInModelsAreByteForByteWhatTheCheckedInDataMakes(@TempDir Path out) throws IOException {
        for (Language language : Language.values()) {
            Categorizer retrained = ModelTraining.train(language, Recipe.CHOSEN, TrainingData.trainingSet(DATA, language));
            for (int m = 0; m < Recipe.CHOSEN.learners().size(); m++) {
                String name = SignalModels.modelFileName(language, Recipe.CHOSEN.learners().get(m));
                SignalModels.writeReproducibly(retrained.models().get(m), out.resolve(name));
                assertThat(Files.readAllBytes(out.resolve(name)))
                        .as("models/%s is not what models/data makes: run train-models", name)
                        .isEqualTo(Files.readAllBytes(Path.of("models", name)));
            }
        }
        assertThat(LanguageGuesser.commonWords(DATA)).as("models/%s is not what models/data makes: run train-models",
                LanguageGuesser.WORDS).isEqualTo(Files.readAllLines(Path.of("models", LanguageGuesser.WORDS)));
        Path language = out.resolve("language.bin");
        SignalModels.writeReproducibly(LanguageModelTraining.train(DATA), language);
        assertThat(Files.readAllBytes(language)).isEqualTo(Files.readAllBytes(Path.of("models", LanguageGuesser.DOMAIN_MODEL)));
    }

    @Test
    void theThresholdIsTheOneWithTheBestMacroF1() {
        List<SignalType> gold = List.of(SignalType.BUYING_SIGNAL, SignalType.NEUTRAL, SignalType.NEUTRAL);
        List<Categorizer.Verdict> verdicts = List.of(new Categorizer.Verdict(SignalType.BUYING_SIGNAL, 0.9),
                new Categorizer.Verdict(SignalType.BUYING_SIGNAL, 0.4), new Categorizer.Verdict(SignalType.NEUTRAL, 0.8));

        assertThat(ModelTraining.tuneThreshold(gold, verdicts)).isEqualTo(0.425);
        assertThat(ModelTraining.applyThreshold(verdicts, 0.425))
                .containsExactly(SignalType.BUYING_SIGNAL, SignalType.NEUTRAL, SignalType.NEUTRAL);
    }

    @Test
    void theNoteFloorIsTheOneThatLabelsMadeUpNotesBest() {
        // one sure buying signal, a doubtful complaint at 0.45: a floor above 0.45 lets the buying signal label notes
        List<SignalType> gold = List.of(SignalType.BUYING_SIGNAL, SignalType.NEUTRAL, SignalType.NEUTRAL);
        List<Categorizer.Verdict> verdicts = List.of(new Categorizer.Verdict(SignalType.BUYING_SIGNAL, 0.95),
                new Categorizer.Verdict(SignalType.COMPLAINT, 0.45), new Categorizer.Verdict(SignalType.NEUTRAL, 0.9));

        assertThat(ModelTraining.tuneNoteFloor(gold, verdicts, 0.4)).isEqualTo(0.475);
    }

    /** Every fifth training sentence: all four types, quick to train on. */
    private static List<TrainingData.Sample> sample() {
        return java.util.stream.IntStream.range(0, train.size()).filter(i -> i % 5 == 0).mapToObj(train::get).toList();
    }

    private static Collection<String> featuresOf(DoccatModel model, String[] tokens) {
        return featuresOf(model, 0, tokens);
    }

    private static Collection<String> featuresOf(DoccatModel model, int generator, String[] tokens) {
        return model.getFactory().getFeatureGenerators()[generator].extractFeatures(tokens, Map.of());
    }

    private static long differingSentences(DoccatModel a, DoccatModel b) {
        DocumentCategorizerME first = new DocumentCategorizerME(a);
        DocumentCategorizerME second = new DocumentCategorizerME(b);
        return test.stream()
                .filter(s -> !java.util.Arrays.equals(first.categorize(s.tokens()), second.categorize(s.tokens())))
                .count();
    }

    private static DoccatModel roundTrip(DoccatModel model) throws IOException {
        return new DoccatModel(new ByteArrayInputStream(bytes(model)));
    }

    private static byte[] bytes(DoccatModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.serialize(out);
        return out.toByteArray();
    }
}
