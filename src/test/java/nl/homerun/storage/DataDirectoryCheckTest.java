package nl.homerun.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data directory the store cannot write is found before the start, with the operating system's reason; a writable
 * one (new or holding a data file) passes and keeps no trace of the check.
 */
class DataDirectoryCheckTest {

    @TempDir
    Path temp;

    @Test
    void aWritableDirectoryPassesNewOrWithItsDataFile() throws Exception {
        Path fresh = temp.resolve("new/data");
        assertThat(DataDirectoryCheck.problem(fresh)).isEmpty();
        Files.writeString(fresh.resolve("homerun.mv.db"), "");
        assertThat(DataDirectoryCheck.problem(fresh)).isEmpty();
        try (var files = Files.list(fresh)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("homerun.mv.db");
        }
    }

    @Test
    void aPathThatCannotBeADirectoryIsRefusedWithTheReason() throws Exception {
        Path file = Files.writeString(temp.resolve("a-file"), "not a directory");
        assertThat(DataDirectoryCheck.problem(file.resolve("data"))).hasValueSatisfying(
                reason -> assertThat(reason).isNotBlank());
        assertThat(DataDirectoryCheck.problem(file)).isPresent();
    }
}
