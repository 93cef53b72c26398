package nl.homerun.privacy;

import java.util.Optional;

import nl.homerun.coach.Button;

/**
 * The two answers to "erase everything?", packed and unpacked here: {@code privacy:erase:<when it was asked, epoch
 * milliseconds>} and {@code privacy:keep}. The time lets an old button expire.
 */
record PrivacyAction(boolean erase, long askedAt) {

    static final String FEATURE = "privacy";

    static PrivacyAction keep() {
        return new PrivacyAction(false, 0);
    }

    String pack() {
        return erase ? "erase:" + askedAt : "keep";
    }

    Button button(String label) {
        return new Button(label, FEATURE + ":" + pack());
    }

    static Optional<PrivacyAction> unpack(String packed) {
        if (packed.equals("keep")) {
            return Optional.of(keep());
        }
        return packed.matches("erase:\\d{1,15}") ? Optional.of(new PrivacyAction(true, Long.parseLong(packed.substring(6))))
                : Optional.empty();
    }
}
