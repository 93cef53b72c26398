package nl.homerun.telegram;

import static nl.homerun.telegram.FakeBotApi.textUpdate;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed after an update's effects were stored but before the update was marked answered handles that
 * update again at the next start. The state such a kill leaves is made here by hand (the update set back to
 * received, with its content), and the bot restarted on the same data: the note is not stored twice, and the answer
 * goes out once, or, when the kill came before the answer was stored, then.
 */
class CrashReplayTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final long USER = 801;
    private static final String NOTE = "jan van fabrikam gebeld, hij wil een offerte voor 40 stoelen";

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
    void aNoteHandledAgainAfterAKillIsStoredOnceAndAnsweredOnce(@TempDir Path data) {
        noteAnsweredThenAsIfKilledBeforeMarkedAnswered(data, false);
        int answersBefore = api.textsTo(USER).size();
        try (RunningBot bot = RunningBot.startWithData(api, data)) {
            awaitAnswered(bot.database(), 1);
            sleep(500);
            assertThat(bot.database().getCollection("notes").countDocuments(Filters.eq("owner", USER))).isEqualTo(1);
            assertThat(api.textsTo(USER)).as("the answer stored before the kill is not sent again").hasSize(answersBefore);
        }
    }

    @Test
    void aNoteWhoseAnswerWasNotStoredYetIsAnsweredAfterTheRestartAndStillStoredOnce(@TempDir Path data) {
        noteAnsweredThenAsIfKilledBeforeMarkedAnswered(data, true);
        int answersBefore = api.textsTo(USER).size();
        try (RunningBot bot = RunningBot.startWithData(api, data)) {
            api.awaitTexts(USER, answersBefore + 1, WAIT);
            assertThat(api.textsTo(USER).get(answersBefore)).isEqualTo(api.textsTo(USER).get(0));
            assertThat(bot.database().getCollection("notes").countDocuments(Filters.eq("owner", USER))).isEqualTo(1);
        }
    }

    /**
     * The note sent and answered, then the data as a kill between storing its effects and marking the update
     * answered leaves it: the update received again, with its content; {@code beforeTheAnswer}: the answer not stored.
     */
    private void noteAnsweredThenAsIfKilledBeforeMarkedAnswered(Path data, boolean beforeTheAnswer) {
        ObjectNode update = textUpdate(1, USER, "nl", NOTE);
        try (RunningBot bot = RunningBot.startWithData(api, data)) {
            api.send(update);
            api.awaitTexts(USER, 1, WAIT);
            awaitAnswered(bot.database(), 1);
            bot.database().getCollection("telegram_updates").updateOne(Filters.eq("_id", 1),
                    Updates.combine(Updates.set("status", "received"), Updates.set("chatId", USER),
                            Updates.set("update", update.toString()), Updates.unset("answeredAt")));
            if (beforeTheAnswer) {
                bot.database().getCollection("telegram_outbox").deleteMany(Filters.empty());
            }
        }
    }

    private static void awaitAnswered(MongoDatabase database, int updateId) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (database.getCollection("telegram_updates").countDocuments(
                Filters.and(Filters.eq("_id", updateId), Filters.eq("status", "answered"))) == 0
                && System.nanoTime() < deadline) {
            sleep(20);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
