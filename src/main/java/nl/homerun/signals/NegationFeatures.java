package nl.homerun.signals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.FeatureGenerator;

/**
 * Each word a negation covers, marked as negated ("n=klachten" in "geen klachten meer"), so that the model can
 * learn that a denied complaint is no complaint. No parameters, for the reason given in {@link WordFeatures}.
 */
public final class NegationFeatures implements FeatureGenerator {

    public NegationFeatures() {
    }

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        boolean[] negated = Negation.scope(tokens);
        List<String> features = new ArrayList<>(4);
        for (int i = 0; i < tokens.length; i++) {
            if (negated[i]) {
                features.add("n=" + tokens[i]);
            }
        }
        return features;
    }
}
