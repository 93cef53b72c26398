package nl.homerun;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import nl.homerun.telegram.FakeBotApi;

/**
 * How long a newcomer waits: the time from the start of a {@code java -jar target/homerun.jar} process to its first
 * reply, next to the start of a Spring Boot application with nothing of its own on the same jar (the floor,
 * {@code floor.BareSpringBoot}).
 * <ul>
 * <li><b>terminal</b>: the jar without a token, on a fresh data directory, with {@code /help} piped in; the time
 * until the first line of the answer to {@code /help} on standard output. The floor answers its first line of input.</li>
 * <li><b>telegram</b>: the jar with a token and {@code TELEGRAM_API_URL} pointed at a fake Bot API in this JVM that
 * holds one {@code /start}; the time until the bot's {@code sendMessage} arrives there. The floor starts its web
 * server too (as the bot does) and answers its first line of input.</li>
 * </ul>
 * Each mode runs {@code -Druns=5} rounds, floor and Homerun one after the other, and prints every run and the medians
 * with their ratio. Options: {@code -Dbaseline=old.jar} also runs an earlier build in each round, side by side;
 * {@code -Dcds=true} runs everything with class-data sharing instead, as README's optional step sets it up: the jar
 * extracted, an archive trained for Homerun by the terminal chat answering {@code /help} (used in both modes) and one for
 * the floor in each mode, each run with its archive; {@code -Dflags="…"} gives every
 * JVM the same extra flags; {@code -Dmodes=terminal} runs one mode. Needs {@code target/homerun.jar}
 * ({@code mvn -B -DskipTests package}) and the test classes:
 * {@code mvn -q -B -Pfirst-reply-benchmark test-compile exec:java}. Not a test: nothing here is asserted.
 */
public final class FirstReplyBenchmark {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final Path TEST_CLASSES = Path.of("target/test-classes").toAbsolutePath();

    private record Run(long replyMs) {
    }

    /** How one application is started in one mode: the command up to its arguments. */
    private record Launch(String name, List<String> command) {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("runs", 5);
        boolean cds = Boolean.getBoolean("cds");
        List<String> flags = split(System.getProperty("flags", ""));
        List<String> modes = split(System.getProperty("modes", "terminal,telegram").replace(',', ' '));
        Path jar = existing(System.getProperty("jar", "target/homerun.jar"));
        String baselineJar = System.getProperty("baseline", "");
        Path baseline = baselineJar.isBlank() ? null : existing(baselineJar);
        Path work = Files.createTempDirectory("first-reply");
        System.out.printf("first reply of %s%s, %d rounds per mode, %s, JVM flags %s, %d cores%n", jar.getFileName(),
                baseline == null ? "" : " and " + baseline, runs, cds ? "with class-data sharing" : "without class-data sharing",
                flags.isEmpty() ? "(none)" : String.join(" ", flags), Runtime.getRuntime().availableProcessors());
        List<String> summary = new ArrayList<>();
        for (String mode : modes) {
            boolean telegram = mode.equals("telegram");
            List<Launch> launches = new ArrayList<>();
            launches.add(floor(jar, flags, telegram, cds, work.resolve("floor")));
            if (baseline != null) {
                launches.add(homerun("baseline", baseline, flags, telegram, cds, work.resolve("baseline")));
            }
            launches.add(homerun("homerun", jar, flags, telegram, cds, work.resolve("homerun")));
            Map<String, List<Long>> times = new LinkedHashMap<>();
            System.out.printf("%n%-9s %5s  %-8s %9s%n", mode, "round", "app", "reply ms");
            for (int i = 1; i <= runs; i++) {
                for (Launch launch : launches) {
                    Path dir = work.resolve(mode + "-" + launch.name() + "-" + i);
                    Run run = launch.name().equals("floor") ? terminal(launch.command(), dir, "echo: ")
                            : telegram ? telegram(launch.command(), dir) : terminal(launch.command(), dir, null);
                    times.computeIfAbsent(launch.name(), k -> new ArrayList<>()).add(run.replyMs());
                    System.out.printf("%-9s %5d  %-8s %9d%n", "", i, launch.name(), run.replyMs());
                }
            }
            long floor = median(times.get("floor"));
            for (Map.Entry<String, List<Long>> app : times.entrySet()) {
                long median = median(app.getValue());
                summary.add(String.format(Locale.ROOT, "%-9s %-8s %7d ms   %5.2fx the floor", mode, app.getKey(), median,
                        (double) median / floor));
            }
        }
        System.out.printf("%nMEDIAN first reply after process start%s%n", cds ? " (class-data sharing)" : "");
        summary.forEach(System.out::println);
    }

    /** The floor: started from Homerun's jar through Spring Boot's PropertiesLauncher, or from the extracted jar. */
    private static Launch floor(Path jar, List<String> flags, boolean web, boolean cds, Path dir) throws Exception {
        List<String> tail = new ArrayList<>();
        List<String> command = new ArrayList<>(List.of(JAVA));
        command.addAll(flags);
        if (cds) {
            Path extracted = extract(jar, dir);
            // class-data sharing takes no directory on the class path: the floor goes in a jar of its own
            tail.addAll(List.of("-cp", extracted + File.pathSeparator + floorJar(dir), "floor.BareSpringBoot"));
            if (web) {
                tail.add("--web");
            }
            Path archive = dir.resolve(web ? "floor-web.jsa" : "floor.jsa");
            List<String> training = new ArrayList<>(command);
            training.add("-XX:ArchiveClassesAtExit=" + archive);
            training.addAll(tail);
            terminal(training, dir.resolve("training-" + (web ? "web" : "terminal")), "echo: ");
            command.add("-XX:SharedArchiveFile=" + archive);
        } else {
            tail.addAll(List.of("-cp", jar.toString(), "-Dloader.path=" + TEST_CLASSES, "-Dloader.main=floor.BareSpringBoot",
                    "org.springframework.boot.loader.launch.PropertiesLauncher"));
            if (web) {
                tail.add("--web");
            }
        }
        command.addAll(tail);
        return new Launch("floor", command);
    }

    /** Homerun from its jar, or with class-data sharing from the extracted jar with an archive of a training run. */
    private static Launch homerun(String name, Path jar, List<String> flags, boolean telegram, boolean cds, Path dir)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(JAVA));
        command.addAll(flags);
        if (!cds) {
            command.addAll(List.of("-jar", jar.toString()));
            return new Launch(name, command);
        }
        Path extracted = extract(jar, dir);
        Path archive = dir.resolve("homerun.jsa");
        if (!Files.exists(archive)) {
            // README's training run: the terminal chat answering /help, on a data directory of its own; its archive
            // serves the bot as well
            List<String> training = new ArrayList<>(command);
            training.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-jar", extracted.toString()));
            terminal(training, dir.resolve("training"), null);
        }
        command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-jar", extracted.toString()));
        return new Launch(name, command);
    }

    /** A jar with the floor's class, from the test classes. */
    private static Path floorJar(Path dir) throws Exception {
        Path jar = dir.resolve("floor.jar");
        Path classes = TEST_CLASSES.resolve("floor");
        try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
                java.util.stream.Stream<Path> files = Files.list(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                out.putNextEntry(new java.util.jar.JarEntry("floor/" + file.getFileName()));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        return jar;
    }

    /** The jar extracted as README's class-data sharing step does it (once per directory); returns the thin jar. */
    private static Path extract(Path jar, Path dir) throws Exception {
        Path extracted = dir.resolve("extracted");
        if (!Files.isDirectory(extracted)) {
            Files.createDirectories(dir);
            Process process = new ProcessBuilder(JAVA, "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination",
                    extracted.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("extract.txt").toFile()).start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("Could not extract " + jar + "; see " + dir.resolve("extract.txt"));
            }
        }
        return extracted.resolve(jar.getFileName());
    }

    /**
     * Starts the command with its input piped, writes {@code /help}, and returns when the first line of the answer
     * came: for Homerun the first line after its banner that is not empty, for the floor the line that starts with
     * {@code answerPrefix}. Then closes the input, which ends either.
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
            boolean banner = false;
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                long at = (System.nanoTime() - start) / 1_000_000;
                if (!banner) {
                    banner = true;
                    continue;
                }
                if (answerPrefix == null ? !line.isBlank() : line.startsWith(answerPrefix)) {
                    in.close();
                    return new Run(at);
                }
            }
            throw new IllegalStateException("No answer from " + command + "; see " + dataDir);
        } finally {
            stop(process, false);
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
                return new Run((reply.atNanos() - start) / 1_000_000);
            } finally {
                stop(process, true);
            }
        }
    }

    /** Ends the process: by closing its input (it was closed already), or by SIGTERM; forcibly after 30 s. */
    private static void stop(Process process, boolean terminate) throws InterruptedException {
        if (terminate || !process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroy();
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static Path existing(String file) {
        Path path = Path.of(file).toAbsolutePath();
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(path + " is missing: build it first with mvn -B -DskipTests package");
        }
        return path;
    }

    private static long median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static List<String> split(String words) {
        return Arrays.stream(words.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    private FirstReplyBenchmark() {
    }
}
