package nl.homerun.storage;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Health by {@code ping}, which both MongoDB and the embedded server answer (Spring Boot's own indicator
 * asks {@code hello}, which the embedded server does not know); DOWN as well while the data cannot be written
 * ({@link StorageStatus}), which a ping does not notice.
 */
class MongoHealthIndicator implements HealthIndicator {

    private final MongoDatabase database;
    private final StorageStatus status;

    MongoHealthIndicator(MongoDatabase database, StorageStatus status) {
        this.database = database;
        this.status = status;
    }

    @Override
    public Health health() {
        StorageStatus.Outage outage = status.outage();
        if (outage != null) {
            return Health.down().withDetail("writes", "failing").withDetail("since", outage.since().toString())
                    .withDetail("cause", outage.cause()).build();
        }
        try {
            database.runCommand(new Document("ping", 1));
            return Health.up().withDetail("database", database.getName()).build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
        }
    }
}
