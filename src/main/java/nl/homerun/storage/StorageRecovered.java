package nl.homerun.storage;

/** Writing the data works again after an outage ({@link StorageStatus}): what waited or failed meanwhile can go on. */
public record StorageRecovered(java.time.Duration outage) {
}
