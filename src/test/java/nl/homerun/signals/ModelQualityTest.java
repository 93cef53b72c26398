package nl.homerun.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import nl.homerun.users.Language;

/** The shipped models meet the bar on the held-out file they never saw, and beat the keyword baseline. */
class ModelQualityTest {

    @ParameterizedTest
    @EnumSource(Language.class)
    void heldOutScoresMeetTheBar(Language language) throws IOException {
        ModelTraining training = new ModelTraining(Tokens.fromClasspath());
        List<ModelTraining.Sample> test = training.read(Path.of("models/data"), language, "test");
        ModelTraining.Evaluation evaluation = training.evaluate(language, SignalModels.fromClasspath(language), test, 0,
                new Scores(), new double[0]);

        assertThat(evaluation.heldOut().macroF1()).isGreaterThanOrEqualTo(0.85);
        assertThat(evaluation.heldOut().f1(SignalType.SILENT_COMPLAINT)).isGreaterThanOrEqualTo(0.80);
        assertThat(evaluation.heldOut().macroF1()).isGreaterThan(evaluation.baseline().macroF1() + 0.2);
    }
}
