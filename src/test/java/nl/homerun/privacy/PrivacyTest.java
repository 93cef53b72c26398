package nl.homerun.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import nl.homerun.MutableClock;
import nl.homerun.coach.Button;
import nl.homerun.coach.Coach;
import nl.homerun.coach.InboundEvent;
import nl.homerun.coach.Reply;

/** /export gives a user all their data and nobody else's; /wissen erases all of it, and only theirs. */
@SpringBootTest(properties = "mongodb.embedded=memory")
class PrivacyTest {

    private static final long ANNA = 8801;
    private static final long BERT = 8802;
    private static final List<String> COLLECTIONS = List.of("users", "conversations", "notes", "signal_feedback", "followups",
            "dialog_runs", "contacts", "accounts", "account_plans", "tournaments");

    @TestConfiguration
    static class Setup {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2026-05-04T09:00:00Z"));
        }
    }

    @Autowired
    Coach coach;
    @Autowired
    MongoDatabase database;
    @Autowired
    MutableClock clock;

    @org.junit.jupiter.api.BeforeEach
    void clean() {
        for (String name : database.listCollectionNames()) {
            database.getCollection(name).deleteMany(new Document());
        }
    }

    @Test
    void exportHoldsEverythingOfTheUserAndNothingOfOthers() {
        fill(ANNA, "Annas klant Jansen");
        fill(BERT, "Berts klant Pietersen");

        Reply export = say(ANNA, "/export").get(0);
        assertThat(export.attachment().fileName()).isEqualTo("homerun-2026-05-04.json");
        Document json = Document.parse(new String(export.attachment().content(), StandardCharsets.UTF_8));
        Document collections = json.get("collections", Document.class);
        for (String collection : COLLECTIONS) {
            assertThat(collections.getList(collection, Document.class)).as(collection).isNotEmpty();
        }
        String text = json.toJson();
        assertThat(text).contains("Annas klant Jansen").doesNotContain("Pietersen").doesNotContain(String.valueOf(BERT));
    }

    @Test
    void deletingNeedsAConfirmationThatExpires() {
        fill(ANNA, "Annas klant Jansen");
        String erase = button(say(ANNA, "/wissen"), "🗑 Ja, alles wissen");
        clock.advance(Duration.ofMinutes(11));

        assertThat(press(ANNA, erase).get(0).text()).startsWith("Die knop is verlopen.");
        assertThat(database.getCollection("notes").countDocuments(Filters.eq("owner", ANNA))).isOne();
        assertThat(press(ANNA, button(say(ANNA, "/wissen"), "Nee, bewaren")).get(0).text()).isEqualTo("Er is niets gewist.");
        assertThat(database.getCollection("notes").countDocuments(Filters.eq("owner", ANNA))).isOne();
    }

    @Test
    void onlyTheButtonOfTheQuestionLastAskedErasesAndOnlyOnce() {
        fill(ANNA, "Annas klant Jansen");
        assertThat(press(ANNA, "privacy:erase:00112233445566aa").get(0).text()).startsWith("Die knop is verlopen."); // never asked
        assertThat(press(ANNA, "privacy:erase:" + (System.currentTimeMillis() + 60_000)).get(0).text())
                .startsWith("Die knop is verlopen."); // the old form, with a time in the future
        String earlier = button(say(ANNA, "/wissen"), "🗑 Ja, alles wissen");
        String last = button(say(ANNA, "/wissen"), "🗑 Ja, alles wissen");
        assertThat(last).isNotEqualTo(earlier);
        assertThat(press(ANNA, earlier).get(0).text()).startsWith("Die knop is verlopen.");
        assertThat(press(BERT, last).get(0).text()).startsWith("Die knop is verlopen."); // not Bert's question
        assertThat(database.getCollection("notes").countDocuments(Filters.eq("owner", ANNA))).isOne();

        assertThat(press(ANNA, last).get(0).text()).startsWith("Alles wat Homerun van je bewaarde, is gewist.");
        fill(ANNA, "Annas nieuwe klant");
        assertThat(press(ANNA, last).get(0).text()).startsWith("Die knop is verlopen."); // used up
        assertThat(database.getCollection("notes").countDocuments(Filters.eq("owner", ANNA))).isOne();
    }

    @Test
    void deletingErasesEverythingOfTheUserAndNothingOfOthers() {
        fill(ANNA, "Annas klant Jansen");
        fill(BERT, "Berts klant Pietersen");
        long bertsBefore = countOf(BERT);

        List<Reply> done = press(ANNA, button(say(ANNA, "/wissen"), "🗑 Ja, alles wissen"));

        assertThat(done.get(0).text()).startsWith("Alles wat Homerun van je bewaarde, is gewist.");
        assertThat(countOf(ANNA)).isZero();
        for (String name : database.listCollectionNames()) {
            assertThat(database.getCollection(name).find().into(new java.util.ArrayList<>()))
                    .as(name).noneMatch(d -> d.toJson().contains("Annas klant"));
        }
        assertThat(countOf(BERT)).isEqualTo(bertsBefore);
    }

    /**
     * Something of the user in every module: profile, contact and its account with a 4P plan, note with feedback, task,
     * a year of new business being listed, finished and running dialog.
     */
    private void fill(long user, String text) {
        say(user, "/contact " + text);
        say(user, "Jansen BV");
        press(user, button(last, "Overslaan"));
        say(user, "/accounts");
        press(user, button(say(user, "/account Jansen"), "A"));
        press(user, button(press(user, button(say(user, "/plan Jansen"), "3 · Proces")), "➕ Factuurproces afstemmen met hun a…"));
        Reply note = say(user, text + ": ze vroegen om een offerte voor 20 extra licenties.").get(0);
        press(user, note.buttons().get(0).get(0).action());
        press(user, note.buttons().get(0).get(2).action());
        say(user, "/werving");
        say(user, text + " Werving");
        List<Reply> dialog = say(user, "/uitdaging");
        for (int i = 0; i < 7; i++) {
            dialog = press(user, button(dialog, "✅ Ja"));
        }
        press(user, button(say(user, "/checklist"), "✅ Ja"));
    }

    private long countOf(long user) {
        long count = 0;
        for (String collection : COLLECTIONS) {
            count += database.getCollection(collection).countDocuments(
                    Filters.or(Filters.eq("_id", user), Filters.eq("owner", user)));
        }
        return count;
    }

    private List<Reply> last;

    private List<Reply> say(long user, String text) {
        last = coach.handle(new InboundEvent(user, user, "nl", new InboundEvent.Text(text)));
        return last;
    }

    private List<Reply> press(long user, String action) {
        last = coach.handle(new InboundEvent(user, user, "nl", new InboundEvent.ButtonPress(action)));
        return last;
    }

    private static String button(List<Reply> replies, String label) {
        return replies.stream().flatMap(r -> r.buttons().stream()).flatMap(List::stream)
                .filter(b -> b.label().equals(label)).map(Button::action).reduce((a, b) -> b).orElseThrow();
    }
}
