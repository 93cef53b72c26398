package nl.homerun.telegram;

import static nl.homerun.telegram.FakeBotApi.textUpdate;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bot in a process of its own, on the embedded file store, against the fake Bot API of this test: killed
 * ({@code kill -9}) the moment its answer to a note has reached Telegram, then started again on the same data. What
 * was answered was stored: the note is there after the restart, once. (The writes are committed before anything
 * leaves the process, not after every command; this fails when a reply can leave before them.)
 */
class KilledBotTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final long USER = 802;

    @TempDir
    Path data;

    private FakeBotApi api;

    @BeforeEach
    void startApi() throws Exception {
        api = new FakeBotApi();
    }

    @AfterEach
    void stopApi() {
        api.close();
    }

    @Test
    void aNoteAnsweredJustBeforeAKillIsThereAfterTheRestartOnce() throws Exception {
        Process first = start();
        try {
            api.send(textUpdate(1, USER, "en", "called piet at fabrikam, he wants a quote for 40 chairs"));
            api.await(call -> call.is("sendMessage") && call.chatId() == USER, WAIT);
        } finally {
            first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }

        Process second = start();
        try {
            api.send(textUpdate(2, USER, "en", "/notes"));
            FakeBotApi.Call notes = api.await(call -> call.is("sendMessage") && call.chatId() == USER
                    && call.text().contains("Your latest notes"), WAIT);
            assertThat(notes.text().split("40 chairs", -1)).as("the note listed once").hasSize(2);
        } finally {
            second.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private Process start() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dtelegram.bot-token=" + FakeBotApi.TOKEN, "-Dtelegram.api-url=" + api.url(), "-Dserver.port=0",
                "nl.homerun.Homerun");
        builder.environment().remove("TELEGRAM_BOT_TOKEN");
        builder.environment().remove("MONGODB_URI");
        builder.environment().put("HOMERUN_DATA_DIR", data.toString());
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        return builder.start();
    }
}
