package nl.homerun.privacy;

import java.util.Optional;

import nl.homerun.coach.Button;

/**
 * The two answers to "erase everything?", packed and unpacked here: {@code privacy:erase:<the question's code>} and
 * {@code privacy:keep}. The code is the one {@link EraseRequests} keeps for the question last asked.
 */
record PrivacyAction(boolean erase, String code) {

    static final String FEATURE = "privacy";

    static PrivacyAction keep() {
        return new PrivacyAction(false, null);
    }

    String pack() {
        return erase ? "erase:" + code : "keep";
    }

    Button button(String label) {
        return new Button(label, FEATURE + ":" + pack());
    }

    static Optional<PrivacyAction> unpack(String packed) {
        if (packed.equals("keep")) {
            return Optional.of(keep());
        }
        return packed.matches("erase:[0-9a-f]{16}") ? Optional.of(new PrivacyAction(true, packed.substring(6)))
                : Optional.empty();
    }
}
