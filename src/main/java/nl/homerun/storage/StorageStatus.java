package nl.homerun.storage;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the data can be written now. The embedded file store sets it: unavailable when a write to its file failed
 * (a full disk, a data directory turned read-only), available again once a write succeeds. Those who take work in
 * wait while it is unavailable instead of losing the work; {@link StorageRecovered} tells them when to go on. On a real
 * MongoDB it stays available: its own health is the server's to report.
 */
public final class StorageStatus {

    private static final Logger log = LoggerFactory.getLogger(StorageStatus.class);

    private final Clock clock;
    private final List<java.util.function.Consumer<StorageRecovered>> recoveryListeners = new CopyOnWriteArrayList<>();
    private volatile Outage outage;

    /** Since when writing fails, and why, in words that hold no data ("No space left on device"). */
    public record Outage(Instant since, String cause) {
    }

    StorageStatus(Clock clock) {
        this.clock = clock;
    }

    public boolean available() {
        return outage == null;
    }

    /** The outage under way, or null. */
    public Outage outage() {
        return outage;
    }

    /** Runs after an outage, once writing works again (on the thread that found out). */
    void onRecovery(java.util.function.Consumer<StorageRecovered> listener) {
        recoveryListeners.add(listener);
    }

    void failed(Throwable error) {
        if (outage == null) {
            outage = new Outage(clock.instant(), describe(error));
            log.error("Cannot write the data ({}): nothing is taken in until writing works again; checking every few seconds",
                    outage.cause());
        }
    }

    void recovered() {
        Outage ended = outage;
        if (ended == null) {
            return;
        }
        outage = null;
        StorageRecovered recovered = new StorageRecovered(java.time.Duration.between(ended.since(), clock.instant()));
        log.info("Writing the data works again, after {} s; going on with what waited", recovered.outage().toSeconds());
        for (java.util.function.Consumer<StorageRecovered> listener : recoveryListeners) {
            try {
                listener.accept(recovered);
            } catch (RuntimeException e) {
                log.error("Going on after the outage failed: {}", e.getClass().getSimpleName());
            }
        }
    }

    /**
     * The innermost cause's type and, for an I/O error, the operating system's words for it. Other messages are left
     * out, since they can quote data.
     */
    public static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root instanceof java.io.IOException && root.getMessage() != null
                ? root.getMessage() : root.getClass().getSimpleName();
    }
}
