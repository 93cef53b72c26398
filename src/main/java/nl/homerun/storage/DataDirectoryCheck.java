package nl.homerun.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start on a data directory the embedded file store cannot write (read-only, not a directory, no
 * permission), with one line that says so, instead of starting deaf or failing later in a log file that cannot be
 * written either. Runs first, before logging is set up.
 */
public final class DataDirectoryCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    /** The exit status of a start refused here. */
    public static final int EXIT_STATUS = 78; // EX_CONFIG

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        boolean embeddedFile = environment.getProperty("mongodb.uri", "").isBlank()
                && !"memory".equalsIgnoreCase(environment.getProperty("mongodb.embedded", "file"));
        if (!embeddedFile) {
            return;
        }
        Path dataDir = Path.of(environment.getProperty("homerun.data-dir", "./data")).toAbsolutePath().normalize();
        problem(dataDir).ifPresent(problem -> {
            System.err.println("Homerun cannot start: the data directory " + dataDir + " cannot be written (" + problem
                    + "). Make it writable, or set HOMERUN_DATA_DIR to a directory that is.");
            System.exit(EXIT_STATUS);
        });
    }

    /** Why the embedded store could not write in {@code dataDir}, if it could not: the operating system's words. */
    static Optional<String> problem(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            Path probe = Files.createTempFile(dataDir, ".homerun-write-check", ".tmp");
            Files.delete(probe);
            Path file = dataDir.resolve("homerun.mv.db");
            if (Files.exists(file)) {
                FileChannel.open(file, StandardOpenOption.WRITE).close();
            }
            return Optional.empty();
        } catch (java.nio.file.AccessDeniedException e) {
            return Optional.of("Permission denied");
        } catch (java.nio.file.FileAlreadyExistsException | java.nio.file.NotDirectoryException e) {
            return Optional.of("not a directory");
        } catch (java.nio.file.FileSystemException e) {
            return Optional.of(e.getReason() != null ? e.getReason() : e.getClass().getSimpleName());
        } catch (IOException e) {
            return Optional.of(e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
        }
    }

    /** Before everything that writes in the data directory: logging to its file, the embedded store. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
