package nl.homerun.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import nl.homerun.users.Language;

/** The fast reading of the models gives exactly what OpenNLP's own categoriser gives. */
class CategorizerTest {

    @ParameterizedTest
    @EnumSource(Language.class)
    void theProbabilitiesAreOpenNlpsOwn(Language language) throws IOException {
        Categorizer categorizer = SignalModels.fromClasspath(language);
        List<DocumentCategorizerME> openNlp = categorizer.models().stream().map(DocumentCategorizerME::new).toList();
        List<TrainingData.Sample> sentences = TrainingData.read(Path.of("models/data"), language, TrainingData.TEST);

        for (TrainingData.Sample sentence : sentences) {
            double[] fast = categorizer.probabilities(sentence.tokens());
            double[] expected = new double[fast.length];
            for (int m = 0; m < openNlp.size(); m++) {
                double[] p = openNlp.get(m).categorize(sentence.tokens());
                for (SignalType type : SignalType.values()) {
                    expected[type.ordinal()] += p[openNlp.get(m).getIndex(type.name())] / openNlp.size();
                }
            }
            for (int t = 0; t < fast.length; t++) {
                assertThat(fast[t]).as(sentence.sentence()).isCloseTo(expected[t], within(1e-12));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aGisModelIsReadAsOpenNlpReadsItToo(Language language) throws IOException {
        List<TrainingData.Sample> some = TrainingData.read(Path.of("models/data"), language, TrainingData.TEST)
                .stream().filter(s -> s.sentence().hashCode() % 7 == 0).toList();
        DoccatModel gis = ModelTraining.train(language, Recipe.Learner.MAXENT, Recipe.CHOSEN.generators(language), some);
        Categorizer categorizer = new Categorizer(List.of(gis), 0, 0);
        DocumentCategorizerME openNlp = new DocumentCategorizerME(gis);

        for (TrainingData.Sample sentence : some) {
            double[] p = openNlp.categorize(sentence.tokens());
            assertThat(categorizer.probabilities(sentence.tokens())[SignalType.COMPLAINT.ordinal()])
                    .isCloseTo(p[openNlp.getIndex(SignalType.COMPLAINT.name())], within(1e-12));
        }
    }
}
