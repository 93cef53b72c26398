package nl.homerun.storage;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts the embedded server in its file on a thread of its own as soon as the application context exists, so that
 * opening the file and binding the port (half a second or more at start) overlap with Spring reading the
 * application's classes; the {@code MongoConnection} bean then takes the server that is already listening. Only when
 * the data live in the embedded file store; added by {@code Homerun.main}, so tests start their server as before.
 */
public final class EarlyEmbeddedMongo implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The server being started for this data directory. */
    record Starting(Path dataDir, CompletableFuture<EmbeddedMongo> server) {
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
        EmbeddedMongo join() {
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
        CompletableFuture<EmbeddedMongo> server = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                server.complete(EmbeddedMongo.inFile(dataDir));
            } catch (Throwable e) {
                server.completeExceptionally(e);
            }
        }, "embedded-mongo-start");
        thread.setDaemon(true);
        thread.start();
        context.getBeanFactory().registerSingleton("earlyEmbeddedMongo", new Starting(dataDir, server));
    }
}
