package nl.homerun.telegram;

import static nl.homerun.telegram.FakeBotApi.documentUpdate;
import static nl.homerun.telegram.ChatDriver.plain;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 in Telegram, through the real client and a fake Bot API: the list of 32 suspects sent as a CSV file (fetched
 * with getFile), the length of the rounds chosen with a button, the bracket sent as a photo, and the first round decided
 * in one message that changes in place, with the rest sent to the kweekvijver and the bracket of the next round.
 */
class TelegramNewBusinessTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String[] FAST = {"telegram.chat-messages-per-second=100", "telegram.chat-burst=100"};
    private static final long USER = 1201;

    private FakeBotApi api;
    private ChatDriver chat;

    @BeforeEach
    void startApi() throws Exception {
        api = new FakeBotApi();
        chat = new ChatDriver(api, USER, "en");
    }

    @AfterEach
    void stopApi() {
        api.close();
    }

    @Test
    void aListSentAsACsvFilePlaysItsFirstRoundWithTheBracketAsAPhoto() {
        try (RunningBot ignored = RunningBot.start(api, FAST)) {
            chat.say("/newbusiness", c -> plain(c).contains("New business as a top-sport tournament"));
            String csv = "Company;Contact\n" + IntStream.rangeClosed(1, 32).mapToObj(i -> "Prospect " + i + " Ltd;Person " + i)
                    .collect(Collectors.joining("\n"));
            api.storeFile("suspects1", csv.getBytes(StandardCharsets.UTF_8));
            Predicate<FakeBotApi.Call> listed = chat.after(c -> plain(c).contains("32 suspects added"));
            chat.send(id -> documentUpdate(id, USER, "suspects1", "suspects.csv"));
            assertThat(plain(api.await(listed, WAIT))).contains("📋 32 suspects: you start in round 2, approaching suspects.");

            FakeBotApi.Call weeks = chat.say("done", c -> plain(c).contains("How many weeks per round?"));
            Predicate<FakeBotApi.Call> photo = chat.after(c -> c.is("sendPhoto"));
            FakeBotApi.Call state = chat.press(weeks, "6 weeks", c -> plain(c).contains("— Round 2 · Approaching suspects (of 6)"));
            FakeBotApi.Call bracket = api.await(photo, WAIT);
            assertThat(bracket.text()).contains("Round 2 · Approaching suspects: 32 still in");
            assertThat(bracket.body().path("photo").asText()).startsWith("attach://");

            FakeBotApi.Call card = chat.press(state, "GO / NO GO", c -> plain(c).contains("account 1 of 32"));
            for (int i = 2; i <= 17; i++) {
                int next = i;
                card = chat.press(card, "✅ GO", c -> c.is("editMessageText") && plain(c).contains("account " + next + " of 32"));
            }
            FakeBotApi.Call summary = chat.press(card, "The other 16 to the pond", c -> plain(c).contains("16 GO, 16 NO GO"));
            assertThat(plain(summary)).contains("Exactly half: 16 of the 32 go on");
            Predicate<FakeBotApi.Call> nextPhoto = chat.after(c -> c.is("sendPhoto"));
            chat.press(summary, "On with 16", c -> plain(c).contains("16 go on, 16 to the pond. Now: Round 3 · Growing into prospects"));
            assertThat(api.await(nextPhoto, WAIT).text()).contains("Round 3 · Growing into prospects: 16 still in");
        }
    }

    @Test
    void aWholeYearOf64SuspectsPlaysSixRoundsToOneXxlAccountWithTheBracketAtEveryStage() {
        try (RunningBot bot = RunningBot.start(api, FAST)) {
            chat.say("/newbusiness", c -> plain(c).contains("New business as a top-sport tournament"));
            String csv = IntStream.rangeClosed(1, 64).mapToObj(i -> "Suspect " + i + " Ltd").collect(Collectors.joining("\n"));
            api.storeFile("year", csv.getBytes(StandardCharsets.UTF_8));
            Predicate<FakeBotApi.Call> listed = chat.after(c -> plain(c).contains("64 suspects added"));
            chat.send(id -> documentUpdate(id, USER, "year", "year.csv"));
            api.await(listed, WAIT);
            FakeBotApi.Call weeks = chat.say("done", c -> plain(c).contains("How many weeks per round?"));
            Predicate<FakeBotApi.Call> firstBracket = chat.after(c -> c.is("sendPhoto"));
            FakeBotApi.Call state = chat.press(weeks, "8 weeks", c -> plain(c).contains("— Round 1 · "));
            assertThat(api.await(firstBracket, WAIT).text()).contains("64 still in");

            for (int round = 1, in = 64; in >= 2; round++, in /= 2) {
                int n = in;
                FakeBotApi.Call card = chat.press(state, "GO / NO GO", c -> plain(c).contains("account 1 of " + n));
                for (int i = 2; i <= n / 2 + 1; i++) {
                    int next = i;
                    card = chat.press(card, "✅ GO", c -> c.is("editMessageText") && plain(c).contains("account " + next + " of " + n));
                }
                FakeBotApi.Call summary = chat.press(card, "The other " + (n / 2) + " to the pond",
                        c -> plain(c).contains((n / 2) + " GO, " + (n / 2) + " NO GO"));
                if (n == 2) {
                    assertThat(plain(summary)).contains("remains: your XXL account of the year");
                    Predicate<FakeBotApi.Call> lastBracket = chat.after(c -> c.is("sendPhoto"));
                    FakeBotApi.Call won = chat.press(summary, "Close with 1 XXL account",
                            c -> plain(c).contains("Congratulations: Suspect 1 Ltd is your XXL account"));
                    api.await(lastBracket, WAIT);
                    assertThat(plain(chat.press(won, "Make the 4P plan", c -> plain(c).contains("4P relationship plan Suspect 1 Ltd"))))
                            .contains("A customer");
                    break;
                }
                int nextRound = round + 1;
                Predicate<FakeBotApi.Call> bracket = chat.after(c -> c.is("sendPhoto"));
                Predicate<FakeBotApi.Call> nextState = chat.after(c -> c.is("sendMessage") && plain(c).contains("— Round " + nextRound + " · "));
                chat.press(summary, "On with " + (n / 2), c -> plain(c).contains("Now: Round " + nextRound));
                state = api.await(nextState, WAIT);
                assertThat(api.await(bracket, WAIT).text()).contains((n / 2) + " still in");
            }
            assertThat(bot.bean(nl.homerun.accounts.Accounts.class).findByName(USER, "Suspect 1 Ltd"))
                    .singleElement().satisfies(a -> assertThat(a.tier()).isEqualTo(nl.homerun.contacts.Contact.Tier.A));
            assertThat(plain(chat.say("/newbusiness", c -> plain(c).contains("looking back")))).contains("XXL account: Suspect 1 Ltd");
        }
    }

}
