package nl.homerun.understanding;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

import nl.homerun.understanding.PromiseFinder.Candidate;
import nl.homerun.understanding.Understanding.Promise;

/**
 * A trained "is this the user's own commitment or follow-up?" decision over the rules' candidates
 * ({@link PromiseFinder#candidates}): OpenNLP maximum entropy (GIS) over {@link TaskFeatures}. It drops a task the
 * rules found when it is sure enough it is none ({@code keepAbove}), and adds a statement the rules found no task in
 * when it is sure enough it is one ({@code addAbove}). Measured leave-one-set-out by {@link TaskModelEvaluation}.
 */
final class TaskModel {

    static final String TASK = "task";
    static final String NO_TASK = "none";

    private final MaxentModel model;
    private final double keepAbove;
    private final double addAbove;

    TaskModel(MaxentModel model, double keepAbove, double addAbove) {
        this.model = model;
        this.keepAbove = keepAbove;
        this.addAbove = addAbove;
    }

    double probability(Candidate candidate) {
        return model.eval(candidate.features())[model.getIndex(TASK)];
    }

    List<Promise> choose(List<Candidate> candidates) {
        List<Promise> chosen = new ArrayList<>();
        for (Candidate c : candidates) {
            double p = probability(c);
            if (c.byRules() ? p >= keepAbove : p >= addAbove) {
                chosen.add(c.promise());
            }
        }
        return chosen;
    }

    static MaxentModel train(List<Event> events, int iterations, int cutoff) throws IOException {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        parameters.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        parameters.put("PrintMessages", false);
        EventTrainer trainer = TrainerFactory.getEventTrainer(parameters, null);
        return trainer.train(new CollectionObjectStream<>(events));
    }
}
