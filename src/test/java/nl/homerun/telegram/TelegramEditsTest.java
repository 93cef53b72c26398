package nl.homerun.telegram;

import static nl.homerun.telegram.FakeBotApi.buttonUpdate;
import static nl.homerun.telegram.FakeBotApi.textUpdate;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.model.Filters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.homerun.contacts.Contacts;
import nl.homerun.followups.FollowUps;

/**
 * Messages that live, end to end: the real TelegramBots client against a fake Bot API that keeps what each message
 * reads, refuses edits that change nothing and edits of messages it does not have, as Telegram does.
 */
class TelegramEditsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String[] FAST = {"telegram.chat-messages-per-second=50", "telegram.chat-burst=50"};

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
    void aContactCardsButtonsChangeThatCardInPlace() {
        try (RunningBot bot = RunningBot.start(api, FAST)) {
            bot.bean(Contacts.class).add(101, new Contacts.Draft("Jan de Vries", "Jansen BV", null, null, null, null));
            api.send(textUpdate(1, 101, "nl", "/contact Jan de Vries"));
            FakeBotApi.Call card = api.await(c -> c.is("sendMessage") && c.text().contains("👤 <b>Jan de Vries</b>"), WAIT);
            assertThat(card.buttonLabels()).contains("[A] [B] [C]");

            api.send(buttonUpdate(2, 101, "nl", card.button("A"), card.messageId()));
            FakeBotApi.Call tier = api.await(c -> c.is("editMessageText") && c.status() == 200, WAIT);
            assertThat(tier.chatId()).isEqualTo(101);
            assertThat(tier.body().path("message_id").asInt()).isEqualTo(card.messageId());
            assertThat(tier.body().path("parse_mode").asText()).isEqualTo("HTML");
            assertThat(tier.text()).contains("🏷 A-klant");
            assertThat(tier.buttonLabels()).contains("[✓ A] [B] [C]").contains("[✓ maandelijks] [🔁 per kwartaal] [🔁 geen]");
            api.await(c -> c.is("answerCallbackQuery") && c.body().path("callback_query_id").asText().equals("cb2"), WAIT);

            api.send(buttonUpdate(3, 101, "nl", tier.button("Top-5"), card.messageId()));
            api.await(c -> c.is("editMessageText") && c.status() == 200 && c.buttonLabels().contains("[✓ Top-5]"), WAIT);
            assertThat(api.textOf(101, card.messageId())).contains("A-klant · Top-5");
            assertThat(api.textsTo(101)).hasSize(1); // no second card
            assertThat(api.editsTo(101)).hasSize(2);
        }
    }

    @Test
    void anEditThatChangesNothingIsDoneAndAMessageTelegramWillNotChangeComesAnew() {
        try (RunningBot bot = RunningBot.start(api, FAST)) {
            bot.bean(Contacts.class).add(102, new Contacts.Draft("Jan de Vries", null, null, null, null, null));
            api.send(textUpdate(1, 102, "nl", "/contact Jan de Vries"));
            FakeBotApi.Call card = api.await(c -> c.is("sendMessage") && c.chatId() == 102, WAIT);
            api.send(buttonUpdate(2, 102, "nl", card.button("B"), card.messageId()));
            api.await(c -> c.is("editMessageText") && c.status() == 200, WAIT);

            // B again: the card reads the same, Telegram says "not modified", and that is the end of it
            api.send(buttonUpdate(3, 102, "nl", card.button("B"), card.messageId()));
            FakeBotApi.Call same = api.await(c -> c.is("editMessageText") && c.status() == 400, WAIT);
            assertThat(same.body().path("message_id").asInt()).isEqualTo(card.messageId());
            awaitNothingPending(bot);
            assertThat(outbox(bot).countDocuments(Filters.eq("status", "failed"))).isZero();
            assertThat(api.textsTo(102)).hasSize(1);

            // a message Telegram will not change (too old): the card comes as a new message instead
            api.fail("editMessageText", 400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: message can't be edited\"}");
            api.send(buttonUpdate(4, 102, "nl", card.button("C"), card.messageId()));
            List<String> texts = api.awaitTexts(102, 2, WAIT);
            assertThat(texts.get(1)).contains("👤 <b>Jan de Vries</b>").contains("C-klant");
            assertThat(api.calls("sendMessage").get(1).buttonLabels()).contains("[A] [B] [✓ C]");

            // a press under a message Telegram no longer shows the bot (dated 0): a new card at once
            ObjectNode old = buttonUpdate(5, 102, "nl", card.button("A"), card.messageId());
            ((ObjectNode) old.get("callback_query").get("message")).put("date", 0);
            int editsBefore = api.calls("editMessageText").size();
            api.send(old);
            assertThat(api.awaitTexts(102, 3, WAIT).get(2)).contains("A-klant");
            assertThat(api.calls("editMessageText")).hasSize(editsBefore);
            awaitNothingPending(bot);
            assertThat(outbox(bot).countDocuments(Filters.eq("status", "failed"))).isZero();
        }
    }

    @Test
    void aMessageTelegramCannotParseIsSentAgainAsPlainTextAndAnEditLikewise() {
        try (RunningBot bot = RunningBot.start(api, FAST)) {
            String unparsable = "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: can't parse entities: "
                    + "Unsupported start tag \\\"x\\\" at byte offset 3\"}";
            api.fail("sendMessage", 400, unparsable);
            bot.bean(Contacts.class).add(104, new Contacts.Draft("Jan de Vries", null, null, null, null, null));
            api.send(textUpdate(1, 104, "nl", "/contact Jan de Vries"));
            FakeBotApi.Call plain = api.await(c -> c.is("sendMessage") && c.chatId() == 104 && c.status() == 200, WAIT);
            assertThat(api.calls("sendMessage")).filteredOn(c -> c.chatId() == 104).extracting(FakeBotApi.Call::status)
                    .containsExactly(400, 200);
            assertThat(plain.body().path("parse_mode").isMissingNode() || plain.body().path("parse_mode").isNull()).isTrue();
            assertThat(plain.text()).contains("👤 Jan de Vries").doesNotContain("<b>");

            api.fail("editMessageText", 400, unparsable);
            api.send(buttonUpdate(2, 104, "nl", plain.button("A"), plain.messageId()));
            FakeBotApi.Call edited = api.await(c -> c.is("editMessageText") && c.status() == 200, WAIT);
            assertThat(edited.text()).contains("A-klant").doesNotContain("<b>");
            awaitNothingPending(bot);
            assertThat(outbox(bot).countDocuments(Filters.eq("status", "failed"))).isZero();
        }
    }

    @Test
    void aTaskTickedInTheListIsShownTickedThere() {
        try (RunningBot bot = RunningBot.start(api, FAST)) {
            FollowUps followUps = bot.bean(FollowUps.class);
            LocalDate later = LocalDate.now().plusDays(5);
            followUps.create(103, "Offerte sturen", later);
            followUps.create(103, "Jansen bellen", later.plusDays(1));
            api.send(textUpdate(1, 103, "nl", "/taken"));
            FakeBotApi.Call list = api.await(c -> c.is("sendMessage") && c.chatId() == 103, WAIT);
            assertThat(list.buttonLabels()).isEqualTo("[✔️ 1] [✏️ 1]\n[✔️ 2] [✏️ 2]");

            api.send(buttonUpdate(2, 103, "nl", list.button("✔️ 1"), list.messageId()));
            FakeBotApi.Call ticked = api.await(c -> c.is("editMessageText") && c.status() == 200, WAIT);
            assertThat(ticked.body().path("message_id").asInt()).isEqualTo(list.messageId());
            assertThat(ticked.text()).contains("Open taken (1)").contains("1. ✔️ <s>Offerte sturen").contains("2. Jansen bellen");
            assertThat(ticked.buttonLabels()).isEqualTo("[✔️ 2] [✏️ 2]");
            FakeBotApi.Call ack = api.await(c -> c.is("answerCallbackQuery") && c.body().path("callback_query_id").asText().equals("cb2"), WAIT);
            assertThat(ack.body().path("text").asText()).isEqualTo("Klaar ✔️");
            assertThat(api.textsTo(103)).hasSize(1);
            assertThat(followUps.open(103)).hasSize(1);
        }
    }

    @Test
    void anAnsweredQuestionShowsItsAnswerWithoutButtonsBeforeTheNextQuestion() {
        try (RunningBot bot = RunningBot.start(api, FAST)) {
            api.send(textUpdate(1, 104, "nl", "/uitdaging"));
            FakeBotApi.Call first = api.await(c -> c.is("sendMessage") && c.text().contains("Daag jezelf uit</b> · 1/7"), WAIT);
            api.send(buttonUpdate(2, 104, "nl", first.button(0, 0), first.messageId()));

            FakeBotApi.Call answered = api.await(c -> c.is("editMessageText") && c.status() == 200, WAIT);
            assertThat(answered.body().path("message_id").asInt()).isEqualTo(first.messageId());
            assertThat(answered.text()).contains("Daag jezelf uit</b> · 1/7").endsWith("→ <b>✅ Ja</b>");
            assertThat(answered.body().has("reply_markup")).isFalse(); // the buttons are gone
            FakeBotApi.Call second = api.await(c -> c.is("sendMessage") && c.text().contains("· 2/7"), WAIT);
            assertThat(answered.atNanos()).isLessThan(second.atNanos()); // in the order the coach answered

            // the old question tapped again: its buttons are gone already, so only the word that it was answered
            int sends = api.textsTo(104).size();
            api.send(buttonUpdate(3, 104, "nl", first.button(0, 1), first.messageId()));
            assertThat(api.awaitTexts(104, sends + 1, WAIT).get(sends)).contains("al binnen");
            awaitNothingPending(bot);
            assertThat(outbox(bot).countDocuments(Filters.eq("status", "failed"))).isZero();

            // where Telegram will not change a question, nothing is sent instead: marking it was all there was to it
            api.fail("editMessageText", 400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: message to edit not found\"}");
            api.send(buttonUpdate(4, 104, "nl", second.button(0, 0), second.messageId()));
            api.await(c -> c.is("sendMessage") && c.text().contains("· 3/7"), WAIT);
            awaitNothingPending(bot);
            assertThat(api.textsTo(104).stream().filter(t -> t.contains("· 2/7"))).hasSize(1);
        }
    }

    @Test
    void aChangeTelegramDidNotTakeBeforeAStopIsMadeAfterTheRestart(@TempDir Path data) {
        int card;
        try (RunningBot bot = RunningBot.startWithData(api, data, FAST)) {
            bot.bean(Contacts.class).add(105, new Contacts.Draft("Jan de Vries", null, null, null, null, null));
            api.send(textUpdate(1, 105, "nl", "/contact Jan de Vries"));
            FakeBotApi.Call sent = api.await(c -> c.is("sendMessage") && c.chatId() == 105, WAIT);
            card = sent.messageId();
            for (int i = 0; i < 20; i++) {
                api.fail("editMessageText", 502, "Bad Gateway");
            }
            api.send(buttonUpdate(2, 105, "nl", sent.button("A"), card));
            api.await(c -> c.is("editMessageText"), WAIT);
        }
        assertThat(api.textOf(105, card)).doesNotContain("A-klant");
        api.recover();
        try (RunningBot bot = RunningBot.startWithData(api, data, FAST)) {
            FakeBotApi.Call made = api.await(c -> c.is("editMessageText") && c.status() == 200, WAIT);
            assertThat(made.body().path("message_id").asInt()).isEqualTo(card);
            assertThat(api.textOf(105, card)).contains("A-klant");
            awaitNothingPending(bot);
            assertThat(outbox(bot).countDocuments(Filters.exists("edit"))).isZero();
            assertThat(api.textsTo(105)).hasSize(1);
        }
    }

    private static com.mongodb.client.MongoCollection<org.bson.Document> outbox(RunningBot bot) {
        return bot.database().getCollection("telegram_outbox");
    }

    private static void awaitNothingPending(RunningBot bot) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (outbox(bot).countDocuments(Filters.eq("status", "pending")) > 0 && System.nanoTime() < deadline) {
            sleep(20);
        }
        assertThat(outbox(bot).countDocuments(Filters.eq("status", "pending"))).isZero();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
