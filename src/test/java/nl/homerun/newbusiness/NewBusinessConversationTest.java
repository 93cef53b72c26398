package nl.homerun.newbusiness;

import static nl.homerun.Replies.plain;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import nl.homerun.Replies;
import nl.homerun.MutableClock;
import nl.homerun.coach.Coach;
import nl.homerun.coach.InboundEvent;
import nl.homerun.coach.Reply;
import nl.homerun.newbusiness.Tournament.Decision;

/**
 * The tournament in English through the coach: a list from a vCard file and typing, fewer than 32 (said what it
 * means), more than 64 (cut), keeping fewer than half (said, then taken), a round made longer, no GO at all, closing
 * early with the review; a note typed while names were asked for stays a note; and every button of one user's
 * tournament refused to another, who changes nothing of it.
 */
@SpringBootTest(properties = "mongodb.embedded=memory")
class NewBusinessConversationTest {

    private static final long ANNA = 9601;
    private static final long BERT = 9602;

    @TestConfiguration
    static class Setup {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
        }
    }

    @Autowired
    Coach coach;
    @Autowired
    MongoDatabase database;
    @Autowired
    MutableClock clock;
    @Autowired
    TournamentRepository repository;

    @BeforeEach
    void clean() {
        clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        for (String name : database.listCollectionNames()) {
            database.getCollection(name).deleteMany(new Document());
        }
        say(ANNA, "/language en");
        say(BERT, "/language en");
    }

    @Test
    void aShortListStartsInRoundTwoKeepingFewerIsSaidAndAYearClosedEarlyIsReviewed() {
        assertThat(plain(say(ANNA, "/newbusiness"))).contains("New business as a top-sport tournament").contains("Send your list");
        String vcf = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jan de Vries\r\nORG:Fabrikam Ltd\r\nEND:VCARD\r\n"
                + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Eva Claes\r\nORG:Contoso\r\nEND:VCARD\r\n"
                + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Tom Lee\r\nORG:fabrikam\r\nEND:VCARD\r\n";
        assertThat(plain(upload(ANNA, "suspects.vcf", vcf))).contains("➕ 2 suspects added: Fabrikam Ltd, Contoso.")
                .contains("↩️ 1 name was on the list already or in twice: fabrikam.");
        List<Reply> typed = say(ANNA, "Initech, Globex, Umbrella");
        assertThat(plain(typed)).contains("➕ 3 suspects added").contains("📋 5 suspects: fewer than 32, so you start in round 2 "
                + "with 27 empty places. The shorter the list, the smaller the chance an XXL customer is on it");
        assertThat(plain(say(ANNA, "remove globex"))).contains("\"globex\" is off your list.").contains("4 suspects");
        assertThat(plain(press(ANNA, typed, "📋 See the list"))).contains("1. Fabrikam Ltd (Jan de Vries)").contains("4. Umbrella");

        List<Reply> started = press(ANNA, say(ANNA, "done"), "6 weeks");
        assertThat(plain(started)).contains("Your new business year has begun: 4 suspects, rounds of 6 weeks")
                .contains("New business 2026 — Round 2 · Approaching suspects (of 6)")
                .contains("📅 March 2, 2026 to April 13, 2026 (6 weeks).");
        List<Reply> longer = press(ANNA, press(ANNA, started, "⏱ Weeks of this round"), "10 weeks");
        assertThat(plain(longer)).contains("📅 March 2, 2026 to May 11, 2026 (10 weeks).");

        List<Reply> card = press(ANNA, longer, "⚖️ Decide: GO / NO GO");
        assertThat(plain(card)).contains("Round 2 · Approaching suspects · account 1 of 4 · 0 GO, 0 NO GO · the next round takes 2")
                .contains("Fabrikam Ltd (Jan de Vries)").contains("at least size L");
        card = press(ANNA, card, "✅ GO: on");
        card = press(ANNA, card, "⏭ Not now"); // Contoso later
        assertThat(plain(card)).contains("Initech");
        card = press(ANNA, card, "🐟 NO GO: pond");
        card = press(ANNA, card, "🐟 NO GO: pond");
        assertThat(plain(card)).contains("Contoso");
        card = press(ANNA, card, "🐟 NO GO: pond");
        assertThat(plain(card)).contains("1 GO, 3 NO GO").contains("You keep 1, half is 2. Keeping fewer gives you more time per account");
        List<Reply> next = press(ANNA, card, "▶️ On with 1 to…");
        assertThat(plain(next)).contains("is decided: 1 go on, 3 to the pond. Now: Round 3 · Growing into prospects");
        assertThat(plain(press(ANNA, next, "🐟 Pond (3)"))).contains("🐟 Contoso (Eva Claes) — out in round 2, Mar 2, 2026");

        List<Reply> ask = press(ANNA, say(ANNA, "/newbusiness"), "🏁 Close the year");
        assertThat(plain(ask)).contains("Close new business 2026 now? 1 account is still in");
        List<Reply> review = press(ANNA, ask, "🏁 Yes, close it");
        assertThat(plain(review)).contains("New business 2026: looking back").contains("No XXL account this year.")
                .contains("Round 2 · Approaching suspects: 4 → 1 on").contains("1 account was still in when the year closed.")
                .contains("[🆕 New year, new list]").contains("[🐟 New year with the pond (3)]");
        assertThat(review.stream().filter(r -> r.attachment() != null)).hasSize(1);
        assertThat(plain(press(ANNA, started, "⚖️ Decide: GO / NO GO"))).contains("New business 2026 is closed");
    }

    @Test
    void aListStartedEarlierIsNotSaidToComeFromThePond() {
        say(ANNA, "/newbusiness");
        say(ANNA, "Fabrikam Ltd\nContoso");
        assertThat(plain(say(ANNA, "/newbusiness"))).contains("📋 Your list already has 2 suspects you added before.")
                .doesNotContain("from last year");
    }

    @Test
    void noGoAtAllEndsTheYearWithoutAnXxlAccountAfterSayingSo() {
        say(ANNA, "/newbusiness");
        assertThat(plain(say(ANNA, "done"))).contains("No suspects so far. A tournament needs at least 2").doesNotContain("weeks]");
        assertThat(repository.current(ANNA).orElseThrow().status()).isEqualTo(Tournament.Status.SETUP);
        say(ANNA, "Acme, Initech");
        List<Reply> card = press(ANNA, press(ANNA, say(ANNA, "done"), "7 weeks"), "⚖️ Decide: GO / NO GO");
        card = press(ANNA, card, "🐟 NO GO: pond");
        card = press(ANNA, card, "🐟 NO GO: pond");
        assertThat(plain(card)).contains("Not a single GO of the 2 (half was 1, chosen 0): then this year ends without an XXL account");
        List<Reply> end = press(ANNA, card, "🏁 Close without an XXL account (0 GO)");
        assertThat(plain(end)).contains("New business 2026 ends without an XXL account").contains("No XXL account this year.");
    }

    @Test
    void moreThanSixtyFourAreCutToTheFirstSixtyFour() {
        say(ANNA, "/newbusiness");
        List<Reply> listed = say(ANNA, IntStream.rangeClosed(1, 70).mapToObj(i -> "Company " + i).collect(Collectors.joining(", ")));
        assertThat(plain(listed)).contains("📋 70 suspects: the schedule has 64 places. Take 6 off").contains("[✂️ Keep only the first 64]");
        List<Reply> cut = press(ANNA, listed, "✂️ Keep only the first 64");
        assertThat(plain(cut)).contains("The first 64 stay; these 6 went: Company 65, Company 66").contains("You play 6 rounds");
    }

    @Test
    void aNoteTypedWhileNamesAreAskedForStaysANoteAndTheListIsKept() {
        say(ANNA, "/newbusiness");
        say(ANNA, "Acme, Initech");
        List<Reply> note = say(ANNA, "Visited Acme today and they asked for a quote for twenty extra licences next month");
        assertThat(plain(note)).contains("That looked like a note, not a list of names: I keep it as a note. Your list (2) is kept");
        assertThat(database.getCollection("notes").countDocuments(Filters.eq("owner", ANNA))).isOne();
        assertThat(plain(say(ANNA, "/newbusiness"))).contains("Send your list");
        assertThat(repository.current(ANNA).orElseThrow().entries()).hasSize(2);
    }

    @Test
    void nobodyReachesAnotherUsersTournamentNotEvenWithAForgedButton() {
        say(ANNA, "/newbusiness");
        say(ANNA, "Acme, Initech, Globex, Umbrella");
        List<Reply> state = press(ANNA, say(ANNA, "done"), "8 weeks");
        Tournament annas = repository.current(ANNA).orElseThrow();
        String id = annas.id();
        List<NewBusinessAction> forged = List.of(new NewBusinessAction.Decide(id, 2),
                new NewBusinessAction.Mark(id, 2, 1, Decision.GO, -1), new NewBusinessAction.RestOut(id, 2),
                new NewBusinessAction.Proceed(id, 2), new NewBusinessAction.Weeks(id, 10), new NewBusinessAction.Close(id, true),
                new NewBusinessAction.Show(id), new NewBusinessAction.Pond(id), new NewBusinessAction.NewYear(id, true),
                new NewBusinessAction.History(id), new NewBusinessAction.Overview(id, 2, 0), new NewBusinessAction.Done(id));
        for (NewBusinessAction action : forged) {
            assertThat(plain(press(BERT, action.button("x").action()))).as(action.pack())
                    .isEqualTo("I don't know that tournament (any more). /newbusiness shows yours.");
        }
        assertThat(repository.find(ANNA, id).orElseThrow().version()).isEqualTo(annas.version());
        assertThat(repository.find(BERT, id)).isEmpty();
        assertThat(repository.all(BERT)).isEmpty();
        assertThat(plain(press(ANNA, state, "⚖️ Decide: GO / NO GO"))).contains("Acme");
    }

    // --- the chat ------------------------------------------------------------------------------------------------

    private List<Reply> say(long user, String text) {
        return coach.handle(new InboundEvent(user, user, "en", new InboundEvent.Text(text)));
    }

    private List<Reply> upload(long user, String name, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return coach.handle(new InboundEvent(user, user, "en", new InboundEvent.DocumentUpload(name, "text/x-vcard", bytes.length,
                () -> bytes)));
    }

    private List<Reply> press(long user, String action) {
        return coach.handle(new InboundEvent(user, user, "en", new InboundEvent.ButtonPress(action, user + ":1")));
    }

    private List<Reply> press(long user, List<Reply> replies, String label) {
        return press(user, Replies.button(replies, label).action());
    }
}
