package nl.homerun.dialogs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import nl.homerun.coach.Coach;

/** Plays every transcript under conversations/transcripts, each as a user of its own. */
@SpringBootTest(properties = "mongodb.embedded=memory")
class TranscriptTest {

    @Autowired
    Coach coach;

    @TestFactory
    Stream<DynamicTest> transcripts() throws IOException {
        Stream<Path> files = Files.list(Path.of("conversations/transcripts")).filter(p -> p.toString().endsWith(".txt")).sorted();
        long[] user = {900_000};
        return files.map(file -> {
            long id = ++user[0];
            return DynamicTest.dynamicTest(file.getFileName().toString(), () -> new Transcript(file, id).play(coach));
        });
    }
}
