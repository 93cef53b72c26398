package nl.homerun.storage;

/** Writing the data failed ({@link StorageStatus}): what was asked was not stored, and may be asked again later. */
public final class StorageUnavailable extends RuntimeException {

    StorageUnavailable(String cause, Throwable error) {
        super("The data cannot be written now: " + cause, error);
    }
}
