package nl.homerun.storage;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** For tests of the whole application: its embedded file store on a {@link FailingDisk}, in {@code dataDir}. */
public final class FailingDiskStore {

    private FailingDiskStore() {
    }

    /** Hands the application its store as {@link EarlyEmbeddedMongo} would, opened on the failing disk. */
    public static ApplicationContextInitializer<ConfigurableApplicationContext> at(Path dataDir) {
        return context -> {
            EmbeddedMongo embedded = EmbeddedMongo.inFile(dataDir, FailingDisk::open);
            MongoConfiguration.MongoConnection connection = new MongoConfiguration.MongoConnection(embedded.connect(), embedded);
            context.getBeanFactory().registerSingleton("earlyEmbeddedMongo",
                    new EarlyEmbeddedMongo.Starting(dataDir, CompletableFuture.completedFuture(connection)));
        };
    }
}
