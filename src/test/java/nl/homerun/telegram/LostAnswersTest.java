package nl.homerun.telegram;

import static nl.homerun.telegram.FakeBotApi.textUpdate;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import nl.homerun.telegram.FakeBotApi.LostAnswer;

/**
 * Telegram carried a send out but its answer did not come back. The Bot API has no idempotency key, so a retry may
 * show the message twice: where the answer proves the send arrived (an answer came, but unreadable), the message is
 * sent once more at most; where it cannot tell (the connection closed before any answer), it is sent again until an
 * answer comes, one try at a time, without the HTTP client repeating the call on its own.
 */
class LostAnswersTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    @Test
    void aSendProvedToHaveArrivedIsTriedOnceMoreAtMost() throws Exception {
        try (FakeBotApi api = new FakeBotApi(); RunningBot bot = RunningBot.start(api)) {
            for (int i = 0; i < 3; i++) {
                api.loseAnswer("sendMessage", LostAnswer.GARBLED);
            }
            api.send(textUpdate(1, 101, "en", "/help"));
            api.awaitTexts(101, 2, WAIT);
            awaitStatus(outbox(bot), "failed");
            Thread.sleep(3_000);

            assertThat(api.textsTo(101)).hasSize(2).allSatisfy(text -> assertThat(text).contains("What I can do"));
            assertThat(outbox(bot).find(Filters.eq("status", "failed")).first().getString("reason"))
                    .contains("arrived");

            api.send(textUpdate(2, 101, "en", "/stop"));
            assertThat(api.awaitTexts(101, 3, WAIT).get(2)).isEqualTo("There is no conversation to stop.");
        }
    }

    @Test
    void aSendWhoseConnectionClosedIsTriedAgainOneTryAtATimeUntilItIsAnswered() throws Exception {
        try (FakeBotApi api = new FakeBotApi(); RunningBot bot = RunningBot.start(api)) {
            api.loseAnswer("sendMessage", LostAnswer.DROPPED);
            api.loseAnswer("sendMessage", LostAnswer.DROPPED);
            api.send(textUpdate(1, 101, "en", "/help"));
            awaitStatus(outbox(bot), "sent");
            Thread.sleep(2_000);

            List<String> texts = api.textsTo(101);
            assertThat(texts).as("two tries without an answer, then one answered").hasSize(3)
                    .allSatisfy(text -> assertThat(text).contains("What I can do"));
        }
    }

    private static MongoCollection<Document> outbox(RunningBot bot) {
        return bot.database().getCollection("telegram_outbox");
    }

    private static void awaitStatus(MongoCollection<Document> outbox, String status) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (outbox.countDocuments(Filters.eq("status", status)) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(outbox.countDocuments(Filters.eq("status", status))).as("a message " + status).isEqualTo(1);
    }
}
