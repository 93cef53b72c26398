package nl.homerun.coach;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A button under a reply. Pressing it comes back as an {@link InboundEvent.ButtonPress} with this action.
 * Actions are {@code feature:rest}; Telegram carries at most 64 bytes of them, so that is enforced here.
 */
public record Button(String label, String action) {

    public static final int MAX_ACTION_BYTES = 64;

    public Button {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(action, "action");
        if (action.getBytes(StandardCharsets.UTF_8).length > MAX_ACTION_BYTES) {
            throw new IllegalArgumentException("Button action over " + MAX_ACTION_BYTES + " bytes: " + action);
        }
        if (action.indexOf(':') < 1) {
            throw new IllegalArgumentException("Button action must start with its feature name and a colon: " + action);
        }
    }
}
