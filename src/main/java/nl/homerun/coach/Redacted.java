package nl.homerun.coach;

/**
 * An exception fit for the log: its type and stack, without its message, which may quote what a user typed.
 */
public final class Redacted extends RuntimeException {

    private Redacted(Throwable original) {
        super(original.getClass().getName(), original.getCause() == null ? null : of(original.getCause()), false, true);
        setStackTrace(original.getStackTrace());
    }

    public static Redacted of(Throwable original) {
        return original instanceof Redacted redacted ? redacted : new Redacted(original);
    }
}
