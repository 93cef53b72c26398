package nl.homerun;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import nl.homerun.telegram.FakeBotApi;

/**
 * How long a newcomer waits: the time from the start of a {@code java -jar target/homerun.jar} process to its first
 * reply, next to the start of a Spring Boot application with nothing of its own on the same jar (the floor).
 * <ul>
 * <li><b>terminal</b>: the jar without a token, on a fresh data directory, with {@code /help} piped in; the time
 * until the first line of the answer to {@code /help} on standard output (the banner before it is printed too).
 * The floor answers its first line of input.</li>
 * <li><b>telegram</b>: the jar with a token and {@code TELEGRAM_API_URL} pointed at a fake Bot API in this JVM that
 * holds one {@code /start}; the time until the bot's {@code sendMessage} arrives. The floor starts its web server
 * too (as the bot does) and answers its first line of input.</li>
 * </ul>
 * Each mode runs {@code -Druns=5} times, floor and Homerun alternating, and prints every run and the medians with
 * their ratio. {@code -Dflags="-XX:SharedArchiveFile=target/homerun.jsa"} gives both the same extra JVM flags;
 * {@code -Dmodes=terminal} runs one mode. Needs {@code target/homerun.jar} (mvn -B -DskipTests package) and the test
 * classes: {@code mvn -q -B -Pfirst-reply-benchmark test-compile exec:java}. Not a test: nothing here is asserted.
 */
public final class FirstReplyBenchmark {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    private record Run(long readyMs, long replyMs) {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("runs", 5);
        List<String> flags = split(System.getProperty("flags", ""));
        List<String> modes = split(System.getProperty("modes", "terminal,telegram").replace(',', ' '));
        Path jar = Path.of(System.getProperty("jar", "target/homerun.jar")).toAbsolutePath();
        Path testClasses = Path.of("target/test-classes").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first with mvn -B -DskipTests package");
        }
        Path work = Files.createTempDirectory("first-reply");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        System.out.printf("first reply of %s, %d runs per mode, JVM flags %s, %d cores%n", jar.getFileName(), runs,
                flags.isEmpty() ? "(none)" : String.join(" ", flags), Runtime.getRuntime().availableProcessors());
        List<String> summary = new ArrayList<>();
        for (String mode : modes) {
            boolean telegram = mode.equals("telegram");
            List<Run> floor = new ArrayList<>();
            List<Run> homerun = new ArrayList<>();
            System.out.printf("%n%-9s %3s  %-8s %9s %9s%n", mode, "run", "app", "ready ms", "reply ms");
            for (int i = 1; i <= runs; i++) {
                List<String> bare = new ArrayList<>(List.of(java));
                bare.addAll(flags);
                bare.addAll(List.of("-cp", jar.toString(), "-Dloader.path=" + testClasses, "-Dloader.main=floor.BareSpringBoot",
                        "org.springframework.boot.loader.launch.PropertiesLauncher"));
                if (telegram) {
                    bare.add("--web");
                }
                Run f = terminal(bare, work.resolve(mode + "-floor-" + i), "echo: ");
                floor.add(f);
                System.out.printf("%-9s %3d  %-8s %9d %9d%n", "", i, "floor", f.readyMs(), f.replyMs());
                List<String> command = new ArrayList<>(List.of(java));
                command.addAll(flags);
                command.addAll(List.of("-jar", jar.toString()));
                Run h = telegram ? telegram(command, work.resolve(mode + "-homerun-" + i))
                        : terminal(command, work.resolve(mode + "-homerun-" + i), null);
                homerun.add(h);
                System.out.printf("%-9s %3d  %-8s %9s %9d%n", "", i, "homerun", h.readyMs() < 0 ? "" : String.valueOf(h.readyMs()),
                        h.replyMs());
            }
            long f = median(floor.stream().mapToLong(Run::replyMs).toArray());
            long h = median(homerun.stream().mapToLong(Run::replyMs).toArray());
            summary.add(String.format(Locale.ROOT, "%-9s floor %6d ms   homerun %6d ms   ratio %5.2fx", mode, f, h, (double) h / f));
        }
        System.out.printf("%nMEDIAN first reply after process start%n");
        summary.forEach(System.out::println);
    }

    /**
     * Starts the command with its input piped, writes {@code /help}, and returns when the banner ("ready") and the
     * first line of the answer came: for Homerun the first line after its banner that is not empty, for the floor
     * the line that starts with {@code answerPrefix}.
     */
    private static Run terminal(List<String> command, Path dataDir, String answerPrefix) throws Exception {
        Files.createDirectories(dataDir);
        ProcessBuilder builder = new ProcessBuilder(command).directory(dataDir.toFile())
                .redirectError(dataDir.resolve("stderr.txt").toFile());
        builder.environment().remove("TELEGRAM_BOT_TOKEN");
        builder.environment().put("HOMERUN_DATA_DIR", dataDir.resolve("data").toString());
        builder.environment().put("HOMERUN_LANGUAGE", "en");
        long start = System.nanoTime();
        Process process = builder.start();
        try {
            OutputStream in = process.getOutputStream();
            in.write("/help\n".getBytes(StandardCharsets.UTF_8));
            in.flush();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            long ready = -1;
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                long at = (System.nanoTime() - start) / 1_000_000;
                if (ready < 0) {
                    ready = at;
                    continue;
                }
                if (answerPrefix == null ? !line.isBlank() : line.startsWith(answerPrefix)) {
                    in.close();
                    return new Run(ready, at);
                }
            }
            throw new IllegalStateException("No answer from " + command + "; see " + dataDir);
        } finally {
            stop(process);
        }
    }

    /** Starts the bot against a fake Bot API holding one {@code /start}; returns when its answer arrived there. */
    private static Run telegram(List<String> command, Path dataDir) throws Exception {
        Files.createDirectories(dataDir);
        try (FakeBotApi api = new FakeBotApi()) {
            api.send(FakeBotApi.textUpdate(1, 4242, "en", "/start"));
            ProcessBuilder builder = new ProcessBuilder(command).directory(dataDir.toFile())
                    .redirectOutput(dataDir.resolve("stdout.txt").toFile()).redirectError(dataDir.resolve("stderr.txt").toFile());
            builder.environment().put("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN);
            builder.environment().put("TELEGRAM_API_URL", api.url());
            builder.environment().put("SERVER_PORT", "0");
            builder.environment().put("HOMERUN_DATA_DIR", dataDir.resolve("data").toString());
            long start = System.nanoTime();
            Process process = builder.start();
            try {
                FakeBotApi.Call reply = api.await(c -> c.is("sendMessage") && c.chatId() == 4242, TIMEOUT);
                return new Run(-1, (reply.atNanos() - start) / 1_000_000);
            } finally {
                stop(process);
            }
        }
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static List<String> split(String words) {
        return Arrays.stream(words.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    private FirstReplyBenchmark() {
    }
}
