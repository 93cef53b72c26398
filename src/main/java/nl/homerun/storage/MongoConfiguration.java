package nl.homerun.storage;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoCredential;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

import nl.homerun.users.PersonalDataErased;

/** One {@link MongoClient} for the whole application; every module takes its collections from {@link MongoDatabase}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorageProperties.class)
class MongoConfiguration {

    @Bean(destroyMethod = "close")
    MongoConnection mongoConnection(StorageProperties properties, @Value("${homerun.data-dir:./data}") Path dataDir,
            org.springframework.beans.factory.ObjectProvider<EarlyEmbeddedMongo.Starting> early) {
        EarlyEmbeddedMongo.Starting starting = early.getIfAvailable();
        if (!properties.useEmbedded()) {
            return new MongoConnection(connect(properties.uri()), null);
        }
        if (properties.embedded() == StorageProperties.Embedded.MEMORY) {
            EmbeddedMongo embedded = EmbeddedMongo.inMemory();
            return new MongoConnection(embedded.connect(), embedded);
        }
        if (starting != null && starting.isFor(dataDir)) {
            return starting.join(); // started and connected while Spring read the classes (EarlyEmbeddedMongo)
        }
        if (starting != null) {
            starting.close(); // of another directory: it must not keep its file open
        }
        EmbeddedMongo embedded = EmbeddedMongo.inFile(dataDir);
        return new MongoConnection(embedded.connect(), embedded);
    }

    @Bean
    MongoDatabase mongoDatabase(MongoConnection connection, StorageProperties properties) {
        return connection.client().getDatabase(properties.database());
    }

    @Bean
    DurableWrites durableWrites(MongoConnection connection) {
        EmbeddedMongo embedded = connection.embedded();
        return embedded == null ? () -> { } : embedded::flush;
    }

    /**
     * After an erase, the embedded file store writes its file anew, so the erased texts do not stay on the disk in its
     * free space; in memory and on a real MongoDB there is nothing to do.
     */
    @Bean
    ErasedDataRewrite erasedDataRewrite(MongoConnection connection) {
        return new ErasedDataRewrite(connection.embedded());
    }

    /** Listens for {@link PersonalDataErased}. */
    static final class ErasedDataRewrite {
        private final EmbeddedMongo embedded;

        ErasedDataRewrite(EmbeddedMongo embedded) {
            this.embedded = embedded;
        }

        @EventListener
        void on(PersonalDataErased erased) {
            if (embedded != null) {
                embedded.rewriteSoon();
            }
        }
    }

    /** The embedded file store's, which publishes {@link StorageRecovered} after an outage; always available otherwise. */
    @Bean
    StorageStatus storageStatus(MongoConnection connection, org.springframework.context.ApplicationEventPublisher events) {
        if (connection.embedded() == null) {
            return new StorageStatus(java.time.Clock.systemUTC());
        }
        StorageStatus status = connection.embedded().status();
        status.onRecovery(events::publishEvent);
        return status;
    }

    @Bean
    MongoHealthIndicator mongoHealthIndicator(MongoDatabase database, StorageStatus status) {
        return new MongoHealthIndicator(database, status);
    }

    static MongoClient connect(String uri) {
        return connect(uri, null);
    }

    /** With a credential given apart from the connection string, which is logged in places and must not hold it. */
    static MongoClient connect(String uri, MongoCredential credential) {
        MongoClientSettings.Builder settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(10, TimeUnit.SECONDS));
        if (credential != null) {
            settings.credential(credential);
        }
        return MongoClients.create(settings.build());
    }

    /** The client and, when there is no real MongoDB, the embedded server behind it: closed together, client first. */
    record MongoConnection(MongoClient client, EmbeddedMongo embedded) implements AutoCloseable {
        @Override
        public void close() {
            client.close();
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
