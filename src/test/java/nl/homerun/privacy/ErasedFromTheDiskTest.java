package nl.homerun.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import nl.homerun.Homerun;
import nl.homerun.MutableClock;
import nl.homerun.coach.Button;
import nl.homerun.coach.Coach;
import nl.homerun.coach.InboundEvent;
import nl.homerun.coach.Reply;

/**
 * After {@code /wissen}, the user's note texts and contact names are gone from the embedded store's file itself, not
 * only from its documents: H2 leaves deleted and replaced pages in the file until their space happens to be written
 * over, and this fails when the file is not written anew after an erase. Pages are stored uncompressed, in UTF-8 or
 * Java's modified UTF-8 (the same bytes for these strings), so a byte search finds what is there, as it finds the
 * other user's texts, which stay and are read after a restart.
 */
class ErasedFromTheDiskTest {

    private static final long ANNA = 9901;
    private static final long BERT = 9902;
    private static final String ANNAS_CONTACT = "Xandria Quokkelaar";
    private static final List<String> ANNAS_NOTES = List.of(
            "Bij Xandria Quokkelaar geweest: de Zwaluwstaartoffertë voor 20 licenties wil ze vrijdag zien.",
            "Xandria belde terug, het budget voor Quokkaplan ligt bij de directie.");
    private static final String BERTS_CONTACT = "Bartholomeus Wombatsma";
    private static final List<String> BERTS_NOTES = List.of(
            "Met Bartholomeus Wombatsma gesproken over het Vogelbekdierproject, hij wil een demo.",
            "Bartholomeus vroeg naar de levertijd van de Koalamodules.");

    @Test
    void anErasedUsersTextsAreGoneFromTheDataFileAndTheOthersStay(@TempDir Path data) throws IOException {
        Path file = data.resolve("homerun.mv.db");
        try (ConfigurableApplicationContext app = start(data)) {
            Coach coach = app.getBean(Coach.class);
            fill(coach, ANNA, ANNAS_CONTACT, ANNAS_NOTES);
            fill(coach, BERT, BERTS_CONTACT, BERTS_NOTES);
            // changed after they were written, as notes are when an offer is taken, so older copies are in the file too
            say(coach, ANNA, "/notities");
        }
        assertThat(found(file, ANNAS_CONTACT)).as("what the byte search looks at is on the disk").isTrue();
        assertThat(found(file, "Zwaluwstaartoffertë")).isTrue();

        try (ConfigurableApplicationContext app = start(data)) {
            Coach coach = app.getBean(Coach.class);
            List<Reply> done = press(coach, ANNA, button(say(coach, ANNA, "/wissen"), "🗑 Ja, alles wissen"));
            assertThat(done.get(0).text()).startsWith("Alles wat Homerun van je bewaarde, is gewist.");
        } // a stop waits for the file being written anew

        for (String text : List.of(ANNAS_CONTACT, "Quokkelaar", "Zwaluwstaartoffertë", "Zwaluwstaart", "Quokkaplan")) {
            assertThat(found(file, text)).as("'%s' in the raw data file after the erase", text).isFalse();
        }
        for (String text : List.of(BERTS_CONTACT, "Vogelbekdierproject", "Koalamodules")) {
            assertThat(found(file, text)).as("'%s' in the raw data file", text).isTrue();
        }
        try (ConfigurableApplicationContext app = start(data)) {
            MongoDatabase database = app.getBean(MongoDatabase.class);
            assertThat(database.getCollection("notes").find(Filters.eq("owner", BERT)).map(d -> d.getString("text"))
                    .into(new java.util.ArrayList<>())).containsExactlyInAnyOrderElementsOf(BERTS_NOTES);
            assertThat(database.getCollection("contacts").find(Filters.eq("owner", BERT)).map(d -> d.getString("name"))
                    .into(new java.util.ArrayList<>())).containsExactly(BERTS_CONTACT);
            assertThat(database.getCollection("notes").countDocuments(Filters.eq("owner", ANNA))).isZero();
            assertThat(database.getCollection("contacts").countDocuments(new Document("owner", ANNA))).isZero();
            assertThat(Files.exists(data.resolve("homerun.rewrite-pending"))).as("nothing left to rewrite").isFalse();
        }
    }

    /** In UTF-8 (which is also Java's modified UTF-8 here, and H2's own string form), or in UTF-16 either way round. */
    private static boolean found(Path file, String text) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        for (var charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE)) {
            if (indexOf(bytes, text.getBytes(charset)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static void fill(Coach coach, long user, String contact, List<String> notes) {
        say(coach, user, "/contact " + contact);
        List<Reply> company = say(coach, user, "Dierentuin BV");
        press(coach, user, button(company, "Overslaan"));
        for (String note : notes) {
            say(coach, user, note);
        }
    }

    private static ConfigurableApplicationContext start(Path data) {
        return new SpringApplicationBuilder(Homerun.class, Clocks.class).web(WebApplicationType.NONE)
                .properties("homerun.data-dir=" + data).run();
    }

    private static List<Reply> say(Coach coach, long user, String text) {
        return coach.handle(new InboundEvent(user, user, "nl", new InboundEvent.Text(text)));
    }

    private static List<Reply> press(Coach coach, long user, String action) {
        return coach.handle(new InboundEvent(user, user, "nl", new InboundEvent.ButtonPress(action)));
    }

    private static String button(List<Reply> replies, String label) {
        return replies.stream().flatMap(r -> r.buttons().stream()).flatMap(List::stream)
                .filter(b -> b.label().equals(label)).map(Button::action).reduce((a, b) -> b).orElseThrow();
    }

    /** A clock of its own, so these contexts are not shared with other tests. */
    static class Clocks {
        @org.springframework.context.annotation.Bean
        @org.springframework.context.annotation.Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2026-05-04T09:00:00Z"));
        }
    }
}
