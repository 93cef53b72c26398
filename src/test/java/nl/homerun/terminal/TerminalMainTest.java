package nl.homerun.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run command without a token, as a user starts it: the real main class in its own JVM, with the session
 * piped into standard input and the data kept in files between two runs.
 */
class TerminalMainTest {

    @TempDir
    Path data;

    @Test
    void pipedInputIsAChatAndTheDataSurvivesARestart() throws Exception {
        Run first = run("/start\n/taal nl\n");
        assertThat(first.exitCode).isZero();
        assertThat(first.stdout).contains("Welcome to Homerun").contains("Vanaf nu spreek ik Nederlands met je.")
                .doesNotContain("INFO").doesNotContain("Started Homerun");
        assertThat(data.resolve("homerun.log")).exists();
        assertThat(Files.readString(data.resolve("homerun.log"))).contains("Started Homerun");

        Run second = run("/help\n");
        assertThat(second.exitCode).isZero();
        assertThat(second.stdout).contains("Wat ik kan").contains("/taal — Nederlands of Engels");
    }

    @Test
    void whatWasAnsweredSurvivesTheProcessBeingKilled() throws Exception {
        Process process = start(ProcessBuilder.Redirect.PIPE);
        var stdout = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        process.getOutputStream().write("/taal nl\n".getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().flush();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String line;
        while ((line = stdout.readLine()) != null && !line.contains("Vanaf nu spreek ik Nederlands")) {
            if (System.nanoTime() > deadline) {
                break;
            }
        }
        assertThat(line).contains("Vanaf nu spreek ik Nederlands");
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

        Run after = run("/help\n");
        assertThat(after.stdout).contains("Wat ik kan");
    }

    private record Run(int exitCode, String stdout) {
    }

    private Run run(String input) throws IOException, InterruptedException {
        Process process = start(ProcessBuilder.Redirect.from(writeInput(input)));
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The terminal chat did not end at the end of its input");
        }
        return new Run(process.exitValue(), stdout);
    }

    private Process start(ProcessBuilder.Redirect input) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Duser.language=en", "nl.homerun.Homerun");
        builder.environment().remove("TELEGRAM_BOT_TOKEN");
        builder.environment().remove("MONGODB_URI");
        builder.environment().put("HOMERUN_DATA_DIR", data.toString());
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.redirectInput(input);
        return builder.start();
    }

    private File writeInput(String input) throws IOException {
        Path file = Files.createTempFile(data, "input", ".txt");
        Files.writeString(file, input, StandardCharsets.UTF_8);
        return file.toFile();
    }
}
