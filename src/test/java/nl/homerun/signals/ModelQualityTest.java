package nl.homerun.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import nl.homerun.users.Language;

/**
 * The shipped models meet the bar on data they never saw: the held-out file, the generalisation file (a voice no
 * training line uses, by a writer who did not see the training data), whole notes, and the probes; and they beat
 * the keyword baseline. A data change or a retraining that makes any of these worse fails here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelQualityTest {

    private final Map<Language, ModelEvaluation> evaluations = new java.util.EnumMap<>(Language.class);

    @BeforeAll
    void evaluate() throws IOException {
        for (Language language : Language.values()) {
            evaluations.put(language, ModelEvaluation.of(Path.of("models/data"), language, SignalModels.fromClasspath(language), 0));
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void heldOutScoresMeetTheBar(Language language) {
        ModelEvaluation e = evaluations.get(language);
        assertThat(e.heldOut().macroF1()).isGreaterThanOrEqualTo(0.90);
        assertThat(e.heldOut().macroF1()).isGreaterThan(e.baselineHeldOut().macroF1() + 0.3);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void textInAnUnseenVoiceIsReadAlmostAsWell(Language language) {
        ModelEvaluation e = evaluations.get(language);
        assertThat(e.generalisation().macroF1()).isGreaterThanOrEqualTo(0.89);
        assertThat(e.generalisation().recall(SignalType.COMPLAINT)).isGreaterThanOrEqualTo(0.88);
        assertThat(e.generalisation().macroF1()).isGreaterThan(e.baselineGeneralisation().macroF1() + 0.3);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void wholeNotesGetTheirLabel(Language language) {
        assertThat(evaluations.get(language).noteAccuracy()).isGreaterThanOrEqualTo(0.85);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void runOnStatementsAreSplitMostlyWhereANewOneStarts(Language language) {
        double[] clauses = evaluations.get(language).clauseBoundaries();
        assertThat(clauses[0]).as("precision").isGreaterThanOrEqualTo(0.6);
        assertThat(clauses[1]).as("recall").isGreaterThanOrEqualTo(0.4);
    }

    @ParameterizedTest
    @EnumSource(Probe.class)
    void aChangeThatKeepsTheMeaningRarelyChangesTheLabel(Probe probe) {
        for (Language language : Language.values()) {
            assertThat(evaluations.get(language).flipRates().get(probe)).as("%s in %s", probe, language)
                    .isLessThanOrEqualTo(probe.bound());
        }
    }
}
