package nl.homerun.storage;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts the embedded server in its file on a thread of its own as soon as the application context exists, and connects
 * the client to it, so that opening the file, binding the port and the driver's first connection (most of a second at
 * start) overlap with Spring reading the application's classes; the {@code MongoConnection} bean then takes the
 * connection that is already made. Only when
 * the data live in the embedded file store; added by {@code Homerun.main}, so tests start their server as before.
 */
public final class EarlyEmbeddedMongo implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The server being started for this data directory. */
    record Starting(Path dataDir, CompletableFuture<MongoConfiguration.MongoConnection> server) {
        boolean isFor(Path directory) {
            return dataDir.toAbsolutePath().normalize().equals(directory.toAbsolutePath().normalize());
        }

        /** Stops the server, once it has started (if it did). */
        void close() {
            try {
                server.join().close();
            } catch (RuntimeException e) {
                // it did not start: nothing to close
            }
        }

        /** The started server; an error in starting it (another Homerun on the same directory) is thrown here. */
        MongoConfiguration.MongoConnection join() {
            try {
                return server.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        StorageProperties properties = Binder.get(environment).bindOrCreate("mongodb", StorageProperties.class);
        if (!properties.useEmbedded() || properties.embedded() != StorageProperties.Embedded.FILE) {
            return;
        }
        Path dataDir = Path.of(environment.getProperty("homerun.data-dir", "./data"));
        String database = properties.database();
        CompletableFuture<MongoConfiguration.MongoConnection> server = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                EmbeddedMongo embedded = EmbeddedMongo.inFile(dataDir);
                MongoConfiguration.MongoConnection connection =
                        new MongoConfiguration.MongoConnection(embedded.connect(), embedded);
                try {
                    // the driver's first connection and command, so that the first repository need not wait for them
                    connection.client().getDatabase(database).listCollectionNames().first();
                } catch (RuntimeException e) {
                    connection.close();
                    throw e;
                }
                server.complete(connection);
            } catch (Throwable e) {
                server.completeExceptionally(e);
            }
        }, "embedded-mongo-start");
        thread.setDaemon(true);
        thread.start();
        context.getBeanFactory().registerSingleton("earlyEmbeddedMongo", new Starting(dataDir, server));
    }
}
