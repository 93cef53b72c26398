package nl.homerun.telegram;

import static nl.homerun.telegram.FakeBotApi.buttonUpdate;
import static nl.homerun.telegram.FakeBotApi.pollUpdate;
import static nl.homerun.telegram.FakeBotApi.stickerUpdate;
import static nl.homerun.telegram.FakeBotApi.textUpdate;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;

/** The Telegram channel end to end: the real TelegramBots client and poller against a fake Bot API. */
class TelegramChannelTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

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
    void startGreetsEachUserInTheLanguageOfTheirApp() {
        try (RunningBot bot = RunningBot.start(api)) {
            api.send(textUpdate(1, 101, "nl", "/start"), textUpdate(2, 102, "en-GB", "/start"));

            FakeBotApi.Call dutch = api.await(c -> c.is("sendMessage") && c.chatId() == 101, WAIT);
            FakeBotApi.Call english = api.await(c -> c.is("sendMessage") && c.chatId() == 102, WAIT);
            assertThat(dutch.text()).contains("Welkom bij <b>Homerun</b>");
            assertThat(dutch.body().path("parse_mode").asText()).isEqualTo("HTML");
            assertThat(dutch.body().at("/reply_markup/inline_keyboard/0/0/callback_data").asText()).isEqualTo("core:lang:en");
            assertThat(english.text()).contains("Welcome to <b>Homerun</b>");
            assertThat(english.body().at("/reply_markup/inline_keyboard/0/0/callback_data").asText()).isEqualTo("core:lang:nl");
        }
    }

    @Test
    void registersTheCommandMenuInEnglishAndDutch() {
        try (RunningBot bot = RunningBot.start(api)) {
            FakeBotApi.Call english = api.await(c -> c.is("setMyCommands") && !c.body().has("language_code"), WAIT);
            FakeBotApi.Call dutch = api.await(c -> c.is("setMyCommands")
                    && c.body().path("language_code").asText().equals("nl"), WAIT);
            assertThat(english.raw()).contains("\"language\"", "\"timezone\"").doesNotContain("\"taal\"");
            assertThat(dutch.raw()).contains("\"taal\"", "\"tijdzone\"", "alle opdrachten");
        }
    }

    @Test
    void aButtonSwitchesTheLanguageAndIsAcknowledged() {
        try (RunningBot bot = RunningBot.start(api)) {
            api.send(buttonUpdate(1, 101, "nl", "lang:en"));

            api.await(c -> c.is("answerCallbackQuery") && c.body().path("callback_query_id").asText().equals("cb1"), WAIT);
            api.await(c -> c.is("setMyCommands") && c.body().at("/scope/chat_id").asText().equals("101")
                    && c.raw().contains("\"language\""), WAIT);
            api.send(textUpdate(2, 101, "nl", "/help"));
            List<String> texts = api.awaitTexts(101, 2, WAIT);
            assertThat(texts.get(0)).isEqualTo("From now on I speak English with you.");
            assertThat(texts.get(1)).contains("What I can do");
        }
    }

    @Test
    void aTypedLanguageCommandSwitchesToo() {
        try (RunningBot bot = RunningBot.start(api)) {
            api.send(textUpdate(1, 101, "en", "/taal nederlands"));
            assertThat(api.awaitTexts(101, 1, WAIT).get(0)).isEqualTo("Vanaf nu spreek ik Nederlands met je.");
        }
    }

    @Test
    void anUpdateDeliveredTwiceIsAnsweredOnce() {
        try (RunningBot bot = RunningBot.start(api)) {
            api.send(textUpdate(7, 101, "en", "/help"), textUpdate(7, 101, "en", "/help"), textUpdate(8, 101, "en", "/stop"));
            api.awaitTexts(101, 2, WAIT);
            sleep(500);
            assertThat(api.textsTo(101)).hasSize(2);
            assertThat(bot.database().getCollection("telegram_updates").countDocuments()).isEqualTo(2);
            // once answered, only the id is kept to recognise a redelivery: nothing that points at the user
            awaitCount(bot.database().getCollection("telegram_updates"), Filters.exists("chatId"), 0);
            assertThat(bot.database().getCollection("telegram_updates").find().into(new java.util.ArrayList<>()))
                    .allSatisfy(d -> assertThat(d.keySet()).containsExactlyInAnyOrder("_id", "status", "receivedAt", "answeredAt"));
        }
    }

    @Test
    void tooManyRequestsIsWaitedOutAndTheMessageStillArrives() {
        try (RunningBot bot = RunningBot.start(api)) {
            api.tooManyRequests("sendMessage", 1);
            api.send(textUpdate(1, 101, "en", "/help"));

            api.awaitTexts(101, 1, WAIT);
            List<FakeBotApi.Call> sends = api.calls("sendMessage");
            assertThat(sends).extracting(FakeBotApi.Call::status).containsExactly(429, 200);
            assertThat(sends.get(0).text()).isEqualTo(sends.get(1).text());
            assertThat(sends.get(1).atNanos() - sends.get(0).atNanos()).isGreaterThanOrEqualTo(Duration.ofSeconds(1).toNanos());
            // the sender marks the message sent just after Telegram's answer: wait for it rather than race it
            awaitCount(outbox(bot), Filters.eq("status", "pending"), 0);
        }
    }

    @Test
    void aFailedSendIsRetriedUntilItArrives() {
        try (RunningBot bot = RunningBot.start(api)) {
            api.fail("sendMessage", 502, "Bad Gateway");
            api.fail("sendMessage", 500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}");
            api.send(textUpdate(1, 101, "en", "/help"));

            api.await(c -> c.is("sendMessage") && api.calls("sendMessage").size() >= 3, WAIT);
            List<FakeBotApi.Call> sends = api.calls("sendMessage");
            assertThat(sends).hasSize(3).allSatisfy(c -> assertThat(c.text()).contains("What I can do"));
            awaitEmpty(outbox(bot));
        }
    }

    @Test
    void failingOrUnknownBotApiMethodsDoNotStopTheBot() {
        api.unsupported("setMyCommands");
        api.unsupported("sendChatAction");
        api.unsupported("answerCallbackQuery");
        api.fail("getUpdates", 500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}");
        try (RunningBot bot = RunningBot.start(api, List.of(SlowFeature.class))) {
            api.send(textUpdate(1, 101, "en", "/slow"), buttonUpdate(2, 101, "en", "lang:nl"));
            api.awaitTexts(101, 4, Duration.ofSeconds(20));
            assertThat(api.textsTo(101).get(3)).isEqualTo("Vanaf nu spreek ik Nederlands met je.");
            assertThat(api.calls("sendChatAction")).isNotEmpty();
        }
    }

    @Test
    void slowAnswersShowTypingAndLongAnswersAreSplitInOrder() {
        try (RunningBot bot = RunningBot.start(api, List.of(SlowFeature.class))) {
            api.send(textUpdate(1, 101, "en", "/slow"), textUpdate(2, 101, "en", "/stop"));

            List<String> texts = api.awaitTexts(101, 4, Duration.ofSeconds(20));
            assertThat(api.calls("sendChatAction")).anySatisfy(c -> {
                assertThat(c.chatId()).isEqualTo(101);
                assertThat(c.body().path("action").asText()).isEqualTo("typing");
            });
            assertThat(texts.subList(0, 3)).allSatisfy(t -> assertThat(t.length()).isLessThanOrEqualTo(4096));
            assertThat(String.join(" ", texts.subList(0, 3)).replaceAll("\\s+", " ").strip())
                    .isEqualTo(("<b>Lang</b>\n\n" + SlowFeature.PARAGRAPH + "\n\n").repeat(6).replaceAll("\\s+", " ").strip());
            assertThat(texts.get(3)).isEqualTo("There is no conversation to stop.");
        }
    }

    @Test
    void unexpectedMessagesGetAClearAnswerOrAreSkipped() {
        try (RunningBot bot = RunningBot.start(api)) {
            api.send(stickerUpdate(1, 101), pollUpdate(2), textUpdate(3, 101, "en", "x".repeat(20_000)),
                    textUpdate(4, 101, "en", "🙂🙂🎉"), textUpdate(5, 101, "en", "/taal <b>x</b> & co"),
                    textUpdate(6, 101, "en", "/help"));

            List<String> texts = api.awaitTexts(101, 5, WAIT);
            assertThat(texts.get(0)).contains("can't do anything with that");
            assertThat(texts.get(1)).contains("20000 characters").contains("up to 4096");
            assertThat(texts.get(2)).contains("I only read words");
            assertThat(texts.get(3)).contains("&lt;b&gt;x&lt;/b&gt; &amp; co").doesNotContain("<b>x</b>");
            assertThat(texts.get(4)).contains("What I can do");
        }
    }

    @Test
    void twoUsersAreKeptApartEvenWithAForgedButton() {
        try (RunningBot bot = RunningBot.start(api)) {
            api.send(textUpdate(1, 201, "nl", "/start"), textUpdate(2, 202, "nl", "/start"));
            api.awaitTexts(201, 1, WAIT);
            api.awaitTexts(202, 1, WAIT);
            // 201 is in a conversation about their time zone; 202 forges button data it was never sent
            api.send(buttonUpdate(3, 201, "nl", "tz:other"), buttonUpdate(4, 202, "nl", "lang:en"),
                    buttonUpdate(5, 202, "nl", "tz:Asia/Tokyo"), textUpdate(6, 202, "nl", "Tokyo"));
            api.awaitTexts(202, 4, WAIT);
            api.awaitTexts(201, 2, WAIT);

            MongoDatabase db = bot.database();
            Document first = db.getCollection("users").find(Filters.eq("_id", 201L)).first();
            Document second = db.getCollection("users").find(Filters.eq("_id", 202L)).first();
            assertThat(first.getString("language")).isEqualTo("nl");
            assertThat(first.getString("timeZone")).isEqualTo("Europe/Amsterdam");
            assertThat(second.getString("language")).isEqualTo("en");
            assertThat(second.getString("timeZone")).isEqualTo("Europe/Amsterdam");
            assertThat(db.getCollection("conversations").find(Filters.eq("_id", 201L)).first()).isNotNull();
            assertThat(db.getCollection("conversations").countDocuments(Filters.and(Filters.eq("_id", 202L),
                    Filters.eq("feature", "tz")))).isZero(); // "Tokyo" alone is asked about as a possible note instead
        }
    }

    @Test
    void someoneNotAllowedIsRefusedAndNothingOfTheirsIsStored() {
        try (RunningBot bot = RunningBot.start(api, "homerun.allowed-users=301,303")) {
            api.send(textUpdate(1, 302, "nl", "/start"), buttonUpdate(2, 302, "nl", "lang:en"), textUpdate(3, 301, "en", "/start"));

            api.awaitTexts(301, 1, WAIT);
            List<String> refused = api.awaitTexts(302, 1, WAIT);
            assertThat(refused).singleElement().satisfies(t -> assertThat(t).startsWith("Sorry, deze Homerun is privé"));
            // the button right after is not refused again: once in ten minutes each
            MongoDatabase db = bot.database();
            assertThat(db.getCollection("users").countDocuments(Filters.eq("_id", 302L))).isZero();
            assertThat(db.getCollection("telegram_updates").countDocuments(Filters.eq("chatId", 302L))).isZero();
            assertThat(db.getCollection("telegram_outbox").countDocuments(Filters.eq("chatId", 302L))).isZero();
            assertThat(db.getCollection("users").countDocuments(Filters.eq("_id", 301L))).isOne();
        }
    }

    @Test
    void updatesTheLibraryCannotReadAreSkippedAndPollingGoesOn() {
        try (RunningBot bot = RunningBot.start(api)) {
            com.fasterxml.jackson.databind.node.ObjectNode noId = textUpdate(0, 701, "nl", "/help");
            noId.remove("update_id");
            com.fasterxml.jackson.databind.node.ObjectNode textId = textUpdate(0, 701, "nl", "/help");
            textId.put("update_id", "abc");
            com.fasterxml.jackson.databind.node.ObjectNode tooLarge = textUpdate(0, 701, "nl", "/help");
            tooLarge.put("update_id", 3_000_000_000L);
            api.send(noId, textId, tooLarge, textUpdate(5, 701, "nl", "/start"));

            assertThat(api.awaitTexts(701, 1, WAIT).get(0)).contains("Welkom bij <b>Homerun</b>");
            api.send(textUpdate(6, 701, "nl", "/tijdzone"));
            assertThat(api.awaitTexts(701, 2, WAIT).get(1)).contains("Je tijdzone is <b>Europe/Amsterdam</b>");
            assertThat(api.awaitTexts(701, 2, WAIT)).hasSize(2); // the unreadable ones were not answered
        }
    }

    @Test
    void aBurstOfStrangersStaysWithinTheSendBudgetAndTheAllowedUserIsAnswered() {
        try (RunningBot bot = RunningBot.start(api, "homerun.allowed-users=301", "telegram.messages-per-second=5")) {
            com.fasterxml.jackson.databind.node.ObjectNode[] burst = new com.fasterxml.jackson.databind.node.ObjectNode[61];
            for (int i = 0; i < 60; i++) {
                burst[i] = textUpdate(100 + i, 5000 + i, "nl", "/start");
            }
            burst[60] = textUpdate(200, 301, "en", "/start");
            api.send(burst);

            assertThat(api.awaitTexts(301, 1, WAIT).get(0)).contains("Welcome to <b>Homerun</b>");
            long refusals = api.calls("sendMessage").stream().filter(c -> c.chatId() >= 5000 && c.chatId() < 5060).count();
            assertThat(refusals).isPositive().isLessThan(30); // 5 a second, not all 60 at once
        }
    }

    @Test
    void aRestartKeepsTheUsersStateAndIgnoresUpdatesAnsweredBefore(@TempDir Path data) {
        try (RunningBot bot = RunningBot.startWithData(api, data)) {
            api.send(textUpdate(10, 401, "nl", "/start"), textUpdate(11, 401, "nl", "/taal en"));
            api.awaitTexts(401, 2, WAIT);
        }
        try (RunningBot bot = RunningBot.startWithData(api, data)) {
            api.send(textUpdate(11, 401, "nl", "/taal en"), textUpdate(12, 401, "nl", "/help"));
            List<String> texts = api.awaitTexts(401, 3, WAIT);
            sleep(500);
            assertThat(api.textsTo(401)).hasSize(3);
            assertThat(texts.get(2)).contains("What I can do");
        }
    }

    @Test
    void aMessageTelegramDidNotTakeBeforeAStopGoesOutAfterTheRestart(@TempDir Path data) {
        for (int i = 0; i < 20; i++) {
            api.fail("sendMessage", 502, "Bad Gateway");
        }
        try (RunningBot bot = RunningBot.startWithData(api, data)) {
            api.send(textUpdate(1, 501, "en", "/help"));
            api.await(c -> c.is("sendMessage"), WAIT);
        }
        assertThat(api.textsTo(501)).isEmpty();
        api.recover();
        try (RunningBot bot = RunningBot.startWithData(api, data)) {
            assertThat(api.awaitTexts(501, 1, WAIT).get(0)).contains("What I can do");
            awaitEmpty(outbox(bot));
        }
    }

    @Test
    void aMessageTelegramRefusesIsKeptAsFailedNotRetriedForever() {
        try (RunningBot bot = RunningBot.start(api)) {
            api.fail("sendMessage", 403, "{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was blocked by the user\"}");
            api.send(textUpdate(1, 601, "en", "/help"), textUpdate(2, 601, "en", "/stop"));
            assertThat(api.awaitTexts(601, 1, WAIT).get(0)).isEqualTo("There is no conversation to stop.");
            assertThat(outbox(bot).find(Filters.eq("status", "failed")).first().getString("reason")).contains("blocked");
        }
    }

    @Test
    void aStopLetsTheAnswerInProgressFinish() {
        RunningBot bot = RunningBot.start(api, List.of(SlowFeature.class));
        api.send(textUpdate(1, 101, "en", "/slow"));
        api.await(c -> c.is("sendChatAction"), WAIT);
        bot.close();
        assertThat(api.textsTo(101)).hasSize(3);
    }

    @Test
    void theWebhookTakesOnlyCallsWithTheSecret() throws Exception {
        try (RunningBot bot = RunningBot.start(api, null, WebApplicationType.SERVLET, List.of(),
                "telegram.webhook-url=https://homerun.example/hook", "telegram.webhook-secret=s3cret-s3cret-s3cret")) {
            FakeBotApi.Call registered = api.await(c -> c.is("setWebhook"), WAIT);
            assertThat(registered.body().path("secret_token").asText()).isEqualTo("s3cret-s3cret-s3cret");
            assertThat(registered.body().path("url").asText()).isEqualTo("https://homerun.example/hook");

            WebhookClient hook = new WebhookClient(bot.port());
            String update = textUpdate(1, 101, "en", "/help").toString();
            assertThat(hook.post(update, null)).isEqualTo(401);
            assertThat(hook.post(update, "wrong")).isEqualTo(401);
            assertThat(hook.post(update, "s3cret-s3cret-s3cret")).isEqualTo(200);
            assertThat(hook.post(update, "s3cret-s3cret-s3cret")).isEqualTo(200);
            assertThat(hook.post("{not json", "s3cret-s3cret-s3cret")).isEqualTo(200);
            String huge = "{\"update_id\":9,\"pad\":\"" + "x".repeat(3 << 20) + "\"}";
            assertThat(hook.post(huge, "wrong")).isEqualTo(401); // refused before the body is read
            assertThat(hook.post(huge, "s3cret-s3cret-s3cret")).isEqualTo(413);
            api.awaitTexts(101, 1, WAIT);
            sleep(500);
            assertThat(api.textsTo(101)).hasSize(1);
            assertThat(api.calls("getUpdates")).isEmpty();
        }
    }

    @Test
    void aDialogRunsWithButtonsAndItsProgressChartArrivesAsAPhoto() {
        // two messages per answer: faster than Telegram's one per second into a chat, which is tested above
        try (RunningBot bot = RunningBot.start(api, "telegram.chat-messages-per-second=50", "telegram.chat-burst=50")) {
            api.send(textUpdate(1, 701, "nl", "/uitdaging"));
            FakeBotApi.Call question = api.await(c -> c.is("sendMessage") && c.text().contains("Daag jezelf uit</b> · 1/7"), WAIT);
            int update = 2;
            for (int i = 1; i <= 7; i++) {
                String yes = question.body().at("/reply_markup/inline_keyboard/0/0/callback_data").asText();
                assertThat(yes).startsWith("dlg:a:").endsWith(":yes");
                api.send(buttonUpdate(update, 701, "nl", yes));
                String cb = "cb" + update++;
                api.await(c -> c.is("answerCallbackQuery") && c.body().path("callback_query_id").asText().equals(cb), WAIT);
                if (i < 7) {
                    String next = "Daag jezelf uit</b> · " + (i + 1) + "/7";
                    question = api.await(c -> c.is("sendMessage") && c.text().contains(next), WAIT);
                }
            }
            api.await(c -> c.is("sendMessage") && c.text().contains("Je score: <b>7/7</b>"), WAIT);
            api.send(textUpdate(update, 701, "nl", "/voortgang"));
            FakeBotApi.Call photo = api.await(c -> c.is("sendPhoto"), WAIT);
            assertThat(photo.status()).isEqualTo(200);
            assertThat(photo.body().path("photo").asText()).isEqualTo("attach://progress.png");
            assertThat(photo.body().path("progress.png_filename").asText()).isEqualTo("progress.png");
            assertThat(photo.body().path("progress.png").asText()).matches("<file [0-9]{4,} bytes>");
            assertThat(photo.body().path("caption").asText()).isEqualTo("Je scores in de loop van de tijd");
        }
    }

    @Test
    void anEditedMessageUpdatesItsNoteAndALongPasteSplitByTelegramIsOneNote() {
        try (RunningBot bot = RunningBot.start(api)) {
            var notes = bot.database().getCollection("notes");
            api.send(textUpdate(1, 301, "nl", "/start"), textUpdate(2, 301, "nl", "Bezoek gehad, alles loopt goed."));
            awaitCount(notes, Filters.eq("owner", 301L), 1);
            api.send(FakeBotApi.editedTextUpdate(3, 2, 301, "Bezoek gehad. De levering was weer te laat en ze is woedend."));
            List<String> texts = api.awaitTexts(301, 4, WAIT);
            assertThat(texts.get(2)).isEqualTo("Notitie aangepast.");
            assertThat(texts.get(3)).contains("Klacht");
            assertThat(notes.find(Filters.eq("owner", 301L)).first().getString("text")).contains("woedend");

            String firstPart = "Lang verslag van de dag. ".repeat(164); // 4,100 characters: Telegram sends 4,096 of them first
            api.send(textUpdate(4, 301, "nl", firstPart.substring(0, 4096)), textUpdate(5, 301, "nl", firstPart.substring(4096)));
            api.awaitTexts(301, 6, WAIT);
            sleep(300);
            assertThat(notes.countDocuments(Filters.eq("owner", 301L))).isEqualTo(2);
            assertThat(notes.find(Filters.eq("owner", 301L)).sort(new Document("createdAt", -1)).first().getString("text"))
                    .isEqualTo(firstPart.strip());

            api.send(textUpdate(6, 301, "nl", "Ander bezoek: alles loopt goed bij de klant."));
            api.awaitTexts(301, 7, WAIT);
            awaitCount(notes, Filters.eq("owner", 301L), 3); // the paste was done: the next message is a note of its own
        }
    }

    @Test
    void aReminderNotifiedTwiceUnderOneKeyIsSentOnce() {
        try (RunningBot bot = RunningBot.start(api)) {
            nl.homerun.coach.Notifier notifier = bot.bean(nl.homerun.coach.Notifier.class);
            List<nl.homerun.coach.Reply> reminder = List.of(nl.homerun.coach.Reply.text("🎂 Jan is vandaag jarig"));
            notifier.notify(801, "reminder:birthday:x:2026-03-12", reminder);
            notifier.notify(801, "reminder:birthday:x:2026-03-12", reminder);
            api.awaitTexts(801, 1, WAIT);
            notifier.notify(801, "reminder:birthday:x:2026-03-12", reminder); // a retry after the first was delivered
            notifier.notify(801, "reminder:birthday:y:2026-03-12", reminder);
            api.awaitTexts(801, 2, WAIT);
            sleep(500);
            assertThat(api.textsTo(801)).hasSize(2);
        }
    }

    @Test
    void aWebhookWithoutAProperSecretDoesNotStart() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RunningBot.start(api, null, WebApplicationType.SERVLET,
                        List.of(), "telegram.webhook-url=https://homerun.example/hook", "telegram.webhook-secret=short"))
                .hasStackTraceContaining("TELEGRAM_WEBHOOK_URL needs TELEGRAM_WEBHOOK_SECRET");
    }

    private static com.mongodb.client.MongoCollection<Document> outbox(RunningBot bot) {
        return bot.database().getCollection("telegram_outbox");
    }

    private static void awaitCount(com.mongodb.client.MongoCollection<Document> collection,
            org.bson.conversions.Bson filter, long expected) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (collection.countDocuments(filter) != expected && System.nanoTime() < deadline) {
            sleep(20);
        }
        assertThat(collection.countDocuments(filter)).isEqualTo(expected);
    }

    /** Nothing waits to be sent, and what was sent keeps neither content nor chat. */
    private static void awaitEmpty(com.mongodb.client.MongoCollection<Document> collection) {
        awaitCount(collection, Filters.ne("status", "sent"), 0);
        assertThat(collection.countDocuments(Filters.exists("text"))).isZero();
        assertThat(collection.countDocuments(Filters.exists("chatId"))).isZero();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
