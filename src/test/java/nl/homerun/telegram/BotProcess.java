package nl.homerun.telegram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Homerun in a process of its own, talking to a {@link FakeBotApi} on the embedded file store of {@code dataDir}: the
 * way an operator runs it, so that it can be killed as a power cut or {@code kill -9} would. Started from
 * {@code jar} when given (the real {@code target/homerun.jar}), else from this JVM's class path.
 */
final class BotProcess {

    private final Process process;
    final long startedAtNanos = System.nanoTime();

    private BotProcess(Process process) {
        this.process = process;
    }

    /** {@code log} receives the process's output (appended), or is {@code null} to discard it. */
    static BotProcess start(FakeBotApi api, Path dataDir, Path jar, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Dtelegram.bot-token=" + FakeBotApi.TOKEN,
                "-Dtelegram.api-url=" + api.url(), "-Dserver.port=0"));
        if (jar != null) {
            command.addAll(List.of("-jar", jar.toString()));
        } else {
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), "nl.homerun.Homerun"));
        }
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("TELEGRAM_BOT_TOKEN");
        builder.environment().remove("MONGODB_URI");
        builder.environment().put("HOMERUN_DATA_DIR", dataDir.toString());
        if (log == null) {
            builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        } else {
            Files.createDirectories(log.getParent());
            builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        }
        builder.redirectErrorStream(true);
        return new BotProcess(builder.start());
    }

    /** As {@code kill -9}: no shutdown hook, no last commit. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    /** As {@code kill}: Homerun's graceful stop. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
