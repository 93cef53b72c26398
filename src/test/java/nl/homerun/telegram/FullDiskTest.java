package nl.homerun.telegram;

import static nl.homerun.telegram.FakeBotApi.textUpdate;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.mongodb.client.model.Filters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

import nl.homerun.storage.FailingDisk;
import nl.homerun.storage.FailingDiskStore;
import nl.homerun.storage.StorageStatus;

/**
 * The disk under the embedded store fills up while the bot runs: what comes in meanwhile is not confirmed to
 * Telegram nor answered, health says DOWN with the reason, and once there is room again the bot goes on by itself —
 * polling was never given up — and answers every note once, in order, each stored once.
 */
class FullDiskTest {

    private static final long USER = 930;

    @AfterEach
    void freeTheDisk() {
        FailingDisk.free();
    }

    @Test
    void aFullDiskHoldsTheBotUpAndItGoesOnByItselfOnceThereIsRoom(@TempDir Path data) throws Exception {
        try (FakeBotApi api = new FakeBotApi();
                RunningBot bot = RunningBot.startWithStore(api, data, FailingDiskStore.at(data), WebApplicationType.NONE)) {
            note(api, "R1");
            awaitAnswer(api, "R1", Duration.ofSeconds(30));
            int before = api.textsTo(USER).size();

            FailingDisk.fill();
            note(api, "R2");
            note(api, "R3");
            Thread.sleep(4_000);
            assertThat(api.textsTo(USER)).as("nothing answered that could not be stored").hasSize(before);
            assertThat(bot.bean(StorageStatus.class).outage().cause()).isEqualTo("No space left on device");
            assertThat(bot.bean(StorageStatus.class).available()).isFalse();
            assertThat(mongoHealth(bot).health().getStatus()).isEqualTo(Status.DOWN);

            FailingDisk.free();
            awaitAnswer(api, "R3", Duration.ofSeconds(40));
            note(api, "R4");
            awaitAnswer(api, "R4", Duration.ofSeconds(30));
            Thread.sleep(1_000);

            List<String> texts = api.textsTo(USER);
            assertThat(texts.stream().filter(t -> t.startsWith("✅ Genoteerd")).count()).as("one receipt per note: " + texts)
                    .isEqualTo(4);
            assertThat(texts.stream().filter(t -> t.contains("R2")).count()).as("answered once: " + texts).isEqualTo(1);
            assertThat(texts.stream().filter(t -> t.contains("R3")).count()).as("answered once: " + texts).isEqualTo(1);
            assertThat(indexOf(texts, "R2")).as("in order").isLessThan(indexOf(texts, "R3"));
            assertThat(indexOf(texts, "R3")).isLessThan(indexOf(texts, "R4"));
            for (String reference : List.of("R1", "R2", "R3", "R4")) {
                assertThat(bot.database().getCollection("notes").countDocuments(Filters.regex("text", reference)))
                        .as("note " + reference + " stored once").isEqualTo(1);
            }
            assertThat(bot.bean(StorageStatus.class).available()).isTrue();
            assertThat(mongoHealth(bot).health().getStatus()).isEqualTo(Status.UP);
        }
    }

    /**
     * Behind a webhook nothing can be kept waiting at Telegram's side, so while the disk is full a post is answered
     * "try again later" (503) at once, which Telegram does; once there is room the same post is taken and answered.
     */
    @Test
    void whileTheDiskIsFullTheWebhookAsksTelegramToPostAgainLater(@TempDir Path data) throws Exception {
        String secret = "s3cret-s3cret-s3cret";
        try (FakeBotApi api = new FakeBotApi();
                RunningBot bot = RunningBot.startWithStore(api, data, FailingDiskStore.at(data), WebApplicationType.SERVLET,
                        "telegram.webhook-url=https://homerun.example/hook", "telegram.webhook-secret=" + secret)) {
            WebhookClient hook = new WebhookClient(bot.port());
            String update = textUpdate(1, USER, "nl", "gesproken met de inkoper, ik stuur vrijdag de offerte voor W1")
                    .toString();

            FailingDisk.fill();
            assertThat(hook.post(update, secret)).as("not taken: post again later").isEqualTo(503);
            assertThat(hook.post(update, secret)).isEqualTo(503);
            assertThat(api.textsTo(USER)).isEmpty();
            assertThat(mongoHealth(bot).health().getStatus()).isEqualTo(Status.DOWN);

            FailingDisk.free();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!bot.bean(StorageStatus.class).available() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(hook.post(update, secret)).isEqualTo(200);
            awaitAnswer(api, "W1", Duration.ofSeconds(30));
            assertThat(hook.post(update, secret)).as("a post repeated after it was taken").isEqualTo(200);
            Thread.sleep(1_000);
            assertThat(api.textsTo(USER).stream().filter(t -> t.contains("W1")).count()).isEqualTo(1);
            assertThat(bot.database().getCollection("notes").countDocuments(Filters.regex("text", "W1"))).isEqualTo(1);
        }
    }

    /** A note whose answer quotes its reference: the task it offers says "… de offerte voor R2". */
    private static void note(FakeBotApi api, String reference) {
        api.sendNew(id -> textUpdate(id, USER, "nl",
                "gesproken met de inkoper over order " + reference + ", ik stuur vrijdag de offerte voor " + reference));
    }

    private static void awaitAnswer(FakeBotApi api, String reference, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (indexOf(api.textsTo(USER), reference) < 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(indexOf(api.textsTo(USER), reference)).as("answered: " + reference).isNotNegative();
    }

    private static int indexOf(List<String> texts, String reference) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).contains(reference)) {
                return i;
            }
        }
        return -1;
    }

    private static HealthIndicator mongoHealth(RunningBot bot) {
        return bot.bean("mongoHealthIndicator", HealthIndicator.class);
    }
}
