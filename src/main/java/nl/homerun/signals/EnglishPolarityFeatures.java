package nl.homerun.signals;

import nl.homerun.users.Language;

/** {@link PolarityFeatures} from the English lexicon. Public with no parameters, for a model to rebuild it by name. */
public final class EnglishPolarityFeatures extends PolarityFeatures {

    public EnglishPolarityFeatures() {
        super(Language.EN);
    }
}
