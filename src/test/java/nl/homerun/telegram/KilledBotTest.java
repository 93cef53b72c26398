package nl.homerun.telegram;

import static nl.homerun.telegram.FakeBotApi.textUpdate;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

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

    @Test
    void aNoteAnsweredJustBeforeAKillIsThereAfterTheRestartOnce() throws Exception {
        try (FakeBotApi api = new FakeBotApi()) {
            killedAfterItsFirstReplyThenRestarted(api);
        }
    }

    private void killedAfterItsFirstReplyThenRestarted(FakeBotApi api) throws Exception {
        BotProcess first = BotProcess.start(api, data, null, null);
        try {
            api.send(textUpdate(1, USER, "en", "called piet at fabrikam, he wants a quote for 40 chairs"));
            api.await(call -> call.is("sendMessage") && call.chatId() == USER, WAIT);
        } finally {
            first.kill();
        }

        BotProcess second = BotProcess.start(api, data, null, null);
        try {
            api.send(textUpdate(2, USER, "en", "/notes"));
            FakeBotApi.Call notes = api.await(call -> call.is("sendMessage") && call.chatId() == USER
                    && call.text().contains("Your latest notes"), WAIT);
            assertThat(notes.text().split("40 chairs", -1)).as("the note listed once").hasSize(2);
        } finally {
            second.kill();
        }
    }
}
