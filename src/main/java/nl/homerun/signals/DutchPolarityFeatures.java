package nl.homerun.signals;

import nl.homerun.users.Language;

/** {@link PolarityFeatures} from the Dutch lexicon. Public with no parameters, for a model to rebuild it by name. */
public final class DutchPolarityFeatures extends PolarityFeatures {

    public DutchPolarityFeatures() {
        super(Language.NL);
    }
}
