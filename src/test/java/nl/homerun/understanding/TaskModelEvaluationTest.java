package nl.homerun.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import opennlp.tools.ml.model.Event;

import nl.homerun.understanding.UnderstandingEvaluation.Count;
import nl.homerun.understanding.UnderstandingEvaluation.Half;
import nl.homerun.understanding.UnderstandingEvaluation.Kind;

/**
 * The leave-one-set-out measure of the task model compares like with like: a model that keeps every task the rules
 * found and adds none scores exactly what the rules score, and every candidate is labelled.
 */
class TaskModelEvaluationTest {

    @Test
    void aModelThatKeepsTheRulesTasksScoresAsTheRules() throws IOException {
        for (String language : List.of("nl", "en")) {
            UnderstandingEvaluation evaluation = new UnderstandingEvaluation(Path.of("models", "understanding",
                    "fresh8-" + language + ".yaml"));
            List<Event> events = evaluation.labelledCandidates();
            assertThat(events).isNotEmpty();
            assertThat(events).anyMatch(e -> e.getOutcome().equals(TaskModel.TASK))
                    .anyMatch(e -> e.getOutcome().equals(TaskModel.NO_TASK));
            Map<Kind, Count> rules = evaluation.withTasks(null).evaluate(Half.ALL);
            TaskModel keepAll = new TaskModel(TaskModel.train(events, 5, 1), -1, 2);
            Map<Kind, Count> model = evaluation.withTasks(keepAll).evaluate(Half.ALL);
            assertThat(model.get(Kind.TASKS)).isEqualTo(rules.get(Kind.TASKS));
            assertThat(model.get(Kind.TASK_DAYS)).isEqualTo(rules.get(Kind.TASK_DAYS));
        }
    }
}
