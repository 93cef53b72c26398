package nl.homerun.storage;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
            return new MongoConnection(connect(embedded.connectionString()), embedded);
        }
        if (starting != null && starting.isFor(dataDir)) {
            return starting.join(); // started and connected while Spring read the classes (EarlyEmbeddedMongo)
        }
        if (starting != null) {
            starting.close(); // of another directory: it must not keep its file open
        }
        EmbeddedMongo embedded = EmbeddedMongo.inFile(dataDir);
        return new MongoConnection(connect(embedded.connectionString()), embedded);
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

    @Bean
    MongoHealthIndicator mongoHealthIndicator(MongoDatabase database) {
        return new MongoHealthIndicator(database);
    }

    static MongoClient connect(String uri) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(10, TimeUnit.SECONDS))
                .build());
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
