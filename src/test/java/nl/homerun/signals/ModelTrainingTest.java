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
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.ext.ExtensionLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.homerun.users.Language;

/**
 * Training and loading, including OpenNLP's two traps: a doccat model rebuilds its feature generators by class
 * name with no-argument constructors (parameters are lost), and since 2.5.9 it loads them only from registered
 * packages.
 */
class ModelTrainingTest {

    private static final Path DATA = Path.of("models/data");
    private static ModelTraining training;
    private static List<ModelTraining.Sample> train;
    private static List<ModelTraining.Sample> test;

    @BeforeAll
    static void read() throws IOException {
        training = new ModelTraining(Tokens.fromClasspath());
        train = training.read(DATA, Language.NL, "train");
        test = training.read(DATA, Language.NL, "test");
    }

    @Test
    void aParameterisedFeatureGeneratorLosesItsParameters() throws IOException {
        DoccatModel trained = ModelTraining.train(Language.NL, sample(), new NGramFeatureGenerator(1, 3));
        String[] tokens = {"geen", "ramp", "hoor"};

        Collection<String> inTheModel = featuresOf(trained, tokens);
        assertThat(inTheModel).as("the model rebuilds NGramFeatureGenerator() by name, with its defaults (2, 2)")
                .isEqualTo(new NGramFeatureGenerator().extractFeatures(tokens, Map.of()))
                .isNotEqualTo(new NGramFeatureGenerator(1, 3).extractFeatures(tokens, Map.of()));
        assertThat(featuresOf(roundTrip(trained), tokens)).isEqualTo(inTheModel);
    }

    @Test
    void ourFeaturesAreTheOnesTheModelWasTrainedWithBeforeAndAfterAReload() throws IOException {
        DoccatModel trained = ModelTraining.train(Language.NL, sample());
        String[] tokens = {"geen", "ramp", "hoor", "?"};
        Collection<String> trainedWith = new SignalFeatures().extractFeatures(tokens, Map.of());

        assertThat(featuresOf(trained, tokens)).isEqualTo(trainedWith);
        assertThat(featuresOf(roundTrip(trained), tokens)).isEqualTo(trainedWith);
        assertThat(differingSentences(trained, roundTrip(trained))).isZero();
    }

    @Test
    void aModelNamingAClassOfAnUnregisteredPackageDoesNotLoad() throws IOException {
        byte[] model = bytes(ModelTraining.train(Language.NL, sample()));
        ExtensionLoader.unregisterAllowedPackage(SignalFeatures.class.getPackageName());
        try {
            assertThatThrownBy(() -> new DocumentCategorizerME(new DoccatModel(new ByteArrayInputStream(model))))
                    .hasMessageContaining("nl.homerun.signals.SignalFeatures")
                    .hasMessageContaining("not in an allowed package");
        } finally {
            SignalModels.allowOurFeatures();
        }
        assertThat(new DocumentCategorizerME(new DoccatModel(new ByteArrayInputStream(model))).getNumberOfCategories()).isEqualTo(4);
    }

    @Test
    void theSameDataMakesTheSameModel() throws IOException {
        DoccatModel first = ModelTraining.train(Language.NL, train);
        DoccatModel second = ModelTraining.train(Language.NL, train);
        assertThat(differingSentences(first, second)).isZero();
    }

    @Test
    void theCheckedInModelsAreByteForByteWhatTheCheckedInDataMakes(@TempDir Path out) throws IOException {
        for (Language language : Language.values()) {
            Path retrained = out.resolve(language.code() + ".bin");
            SignalModels.writeReproducibly(ModelTraining.train(language, training.read(DATA, language, "train")), retrained);
            assertThat(Files.readAllBytes(retrained))
                    .as("models/%s.bin is not what models/data makes: run train-models", SignalModels.fileName(language))
                    .isEqualTo(Files.readAllBytes(Path.of("models", SignalModels.fileName(language) + ".bin")));
        }
        Path language = out.resolve("language.bin");
        SignalModels.writeReproducibly(training.trainLanguageModel(DATA), language);
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

    /** Every fifth training sentence: all four types, quick to train on. */
    private static List<ModelTraining.Sample> sample() {
        return java.util.stream.IntStream.range(0, train.size()).filter(i -> i % 5 == 0).mapToObj(train::get).toList();
    }

    private static Collection<String> featuresOf(DoccatModel model, String[] tokens) {
        return model.getFactory().getFeatureGenerators()[0].extractFeatures(tokens, Map.of());
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
