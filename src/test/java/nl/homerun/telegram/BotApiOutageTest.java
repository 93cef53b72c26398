package nl.homerun.telegram;

import static nl.homerun.telegram.FakeBotApi.textUpdate;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * The Bot API goes away for over half a minute, right while a reply is on its way, and comes back: every connection is
 * refused meanwhile. Polling and sending resume by themselves as soon as it is back, nothing is lost or sent twice,
 * and the chat's order holds.
 */
class BotApiOutageTest {

    /** Long enough for the send pauses to grow past {@link #BACK_WITHIN}: only resuming at once gets in within it. */
    private static final Duration OUTAGE = Duration.ofSeconds(35);
    private static final Duration BACK_WITHIN = Duration.ofSeconds(15);

    @Test
    void afterAnOutageTheWaitingReplyAndWhatCameMeanwhileGoOutInOrder() throws Exception {
        try (FakeBotApi api = new FakeBotApi(); RunningBot bot = RunningBot.start(api)) {
            api.outageFrom((method, body) -> method.equalsIgnoreCase("sendMessage")
                    && body.path("text").asText().contains("What I can do"));
            api.send(textUpdate(1, 101, "en", "/help"));

            Thread.sleep(OUTAGE.toMillis());
            assertThat(api.textsTo(101)).as("nothing arrives while the Bot API is away").isEmpty();
            api.send(textUpdate(2, 101, "en", "/stop")); // sent meanwhile: Telegram holds it until the bot polls again
            api.endOutage();

            assertThat(api.awaitTexts(101, 2, BACK_WITHIN)).satisfiesExactly(
                    help -> assertThat(help).contains("What I can do"),
                    stop -> assertThat(stop).isEqualTo("There is no conversation to stop."));
            MongoCollection<Document> outbox = bot.database().getCollection("telegram_outbox");
            awaitNoneWaiting(outbox);
            Thread.sleep(1_000);
            assertThat(api.textsTo(101)).as("each reply once").hasSize(2);
            assertThat(outbox.countDocuments(Filters.ne("status", "sent"))).isZero();

            api.send(textUpdate(3, 101, "en", "/stop"));
            assertThat(api.awaitTexts(101, 3, BACK_WITHIN).get(2)).isEqualTo("There is no conversation to stop.");
        }
    }

    private static void awaitNoneWaiting(MongoCollection<Document> outbox) throws InterruptedException {
        long deadline = System.nanoTime() + BACK_WITHIN.toNanos();
        while (outbox.countDocuments(Filters.ne("status", "sent")) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }
}
