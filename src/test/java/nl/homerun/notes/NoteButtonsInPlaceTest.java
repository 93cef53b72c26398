package nl.homerun.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.BeforeEach;
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
import nl.homerun.contacts.Contacts;

/** The buttons under a note change the message they are under: offers show taken or skipped, signals the choice made. */
@SpringBootTest(properties = "mongodb.embedded=memory")
class NoteButtonsInPlaceTest {

    private static final long ANNA = 5301;
    private static final String MESSAGE = "5301:60";

    @TestConfiguration
    static class Setup {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2026-03-04T09:00:00Z")); // a Wednesday
        }
    }

    @Autowired
    Coach coach;
    @Autowired
    MongoDatabase database;
    @Autowired
    Contacts contacts;

    @BeforeEach
    void clean() {
        for (String collection : List.of("users", "notes", "signal_feedback", "followups", "conversations", "contacts", "contact_books")) {
            database.getCollection(collection).drop();
        }
        contacts.add(ANNA, new Contacts.Draft("Petra de Vries", "Bakkerij Van Dam B.V.", null, null, null, null));
    }

    @Test
    void takenAndSkippedOffersShowTheirStateAndLoseTheirButtons() {
        List<Reply> replies = say("Petra de Vries gesproken, ik stuur vrijdag de offerte. Ze rijdt sinds kort een BMW X5.");
        Reply offers = replies.get(replies.size() - 1);
        assertThat(offers.text()).contains("1. 📌 Taak").contains("2. 💾 Voor de kaart van Petra de Vries, auto:");
        assertThat(labels(offers)).isEqualTo("[✅ 1] [✏️] [✖️]\n[✅ 2] [✏️] [✖️]");

        List<Reply> taken = press(offers, "✅ 1");
        assertThat(taken.get(0).text()).startsWith("📌 Taak gemaakt:");
        Reply shown = taken.get(1);
        assertThat(shown.edit()).isEqualTo(new Reply.Edit(MESSAGE, false, false));
        assertThat(shown.text()).contains("1. ✅ 📌 Taak").contains("2. 💾 Voor de kaart");
        assertThat(labels(shown)).isEqualTo("[✅ 2] [✏️] [✖️]");

        List<Reply> skipped = press(shown, "✖️");
        assertThat(skipped.get(0).notice()).isTrue();
        assertThat(skipped.get(1).text()).contains("1. ✅ 📌 Taak").contains("2. ✖️ <s>💾 Voor de kaart van Petra de Vries, auto:");
        assertThat(skipped.get(1).buttons()).isEmpty();

        // the first offer's old button: it says so, and the list shows how things stand
        List<Reply> again = press(offers, "✅ 1");
        assertThat(again).extracting(Reply::text).first().isEqualTo("Dat is al gedaan.");
        assertThat(again.get(1).text()).isEqualTo(skipped.get(1).text());
    }

    @Test
    void anOfferChangedByTypingMarksTheListItCameFrom() {
        Reply offers = last(say("Petra de Vries gesproken, ik stuur vrijdag de offerte"));
        press(offers, "✏️");
        List<Reply> taken = say("maandag om 14:00");
        Reply shown = taken.get(taken.size() - 1);
        assertThat(shown.edit()).isEqualTo(new Reply.Edit(MESSAGE, false, false));
        assertThat(shown.text()).contains("1. ✅ 📌 Taak");
        assertThat(shown.buttons()).isEmpty();
    }

    @Test
    void aSignalsButtonsMarkTheChoiceMadeAndTheVerdictGiven() {
        Reply answer = say("Bezoek bij Petra de Vries. Ze vroegen om een offerte voor 20 extra licenties. "
                + "Het werkt goed, alleen jammer van de trage support.").get(0);
        assertThat(labels(answer)).startsWith("[1 📌 Taak] [✖️] [👍] [👎]\n[2 📌 Taak] [✖️] [👍] [👎]");

        List<Reply> task = press(answer, "1 📌 Taak");
        assertThat(task.get(0).text()).startsWith("📌 Taak gemaakt:");
        assertThat(task.get(1).edit()).isEqualTo(new Reply.Edit(MESSAGE, true, false));
        assertThat(labels(task.get(1))).startsWith("[✓ 1 📌 Taak] [✖️] [👍] [👎]\n[2 📌 Taak] [✖️] [👍] [👎]")
                .endsWith("[👥 Wie] [✏️] [🗑]");

        Reply up = press(task.get(1), "👍").get(1);
        assertThat(labels(up)).startsWith("[✓ 1 📌 Taak] [✖️] [✓ 👍] [👎]");
        Reply skip = press(up, "✖️", 1).get(1);
        assertThat(labels(skip)).contains("[2 📌 Taak] [✓ ✖️] [👍] [👎]").contains("[✓ 1 📌 Taak] [✖️] [✓ 👍] [👎]");

        // 👎 asks what it was; the answer takes the place of the question
        Reply asked = press(skip, "👎", 1).get(0);
        assertThat(asked.text()).isEqualTo("Wat had “<i>Het werkt goed, alleen jammer van de trage support.</i>” moeten zijn?");
        Reply said = press(asked, asked.buttons().get(3).get(0).label()).get(0);
        assertThat(said.edit()).isEqualTo(new Reply.Edit(MESSAGE, false, true));
        assertThat(said.text()).startsWith("Dank je. Vanaf nu lees ik");
        assertThat(said.buttons()).isEmpty();
    }

    @Test
    void whoANoteIsAboutIsMarkedOnTheQuestionAsEachIsTapped() {
        contacts.add(ANNA, new Contacts.Draft("Jan de Graaf", "Westland Fruit U.A.", null, null, null, null));
        contacts.add(ANNA, new Contacts.Draft("Jan Peeters", "Brouwerij Vandenbroucke N.V.", null, null, null, null));
        Reply question = say("jan gebeld over de nieuwe werkkleding").get(1);
        assertThat(question.text()).startsWith("Over wie ging dit?");

        List<Reply> first = press(question, "Jan de Graaf — Westland Fruit U.A.");
        assertThat(first.get(0).notice()).isTrue();
        assertThat(first.get(1).edit()).isEqualTo(new Reply.Edit(MESSAGE, true, false));
        assertThat(labels(first.get(1))).startsWith("[✓ Jan de Graaf — Westland Fruit U.A.]\n[Jan Peeters — Brouwerij Vandenbroucke N.V.]");
        List<Reply> second = press(first.get(1), "Jan Peeters — Brouwerij Vandenbroucke N.V.");
        assertThat(labels(second.get(1))).startsWith("[✓ Jan de Graaf — Westland Fruit U.A.]\n[✓ Jan Peeters — Brouwerij Vandenbroucke N.V.]")
                .endsWith("[➕ Nieuw contact] [Geen van hen]");

        List<Reply> none = press(question, "Geen van hen");
        assertThat(none.get(1).edit()).isEqualTo(new Reply.Edit(MESSAGE, true, false));
        assertThat(none.get(1).buttons()).isEmpty();
    }

    @Test
    void deletingIsAnsweredInPlaceOfTheQuestionAndALoneWordsQuestionLosesItsButtons() {
        Reply answer = say("Bezoek bij Petra de Vries, alles loopt goed.").get(0);
        Reply ask = press(answer, "🗑").get(0);
        Reply gone = press(ask, ask.buttons().get(0).get(0).label()).get(0);
        assertThat(gone.edit()).isEqualTo(new Reply.Edit(MESSAGE, false, true));
        assertThat(gone.text()).startsWith("🗑 Notitie verwijderd");

        Reply keep = say("Fabrikam").get(0);
        assertThat(keep.text()).startsWith("Is dit een notitie?");
        List<Reply> dropped = press(keep, "Nee");
        assertThat(dropped.get(0).edit()).isEqualTo(new Reply.Edit(MESSAGE, true, false));
        assertThat(dropped.get(0).buttons()).isEmpty();
        assertThat(dropped.get(1).text()).isEqualTo("Niet bewaard.");
    }

    private List<Reply> say(String text) {
        return coach.handle(new InboundEvent(ANNA, ANNA, "nl", new InboundEvent.Text(text)));
    }

    private List<Reply> press(Reply message, String label) {
        return press(message, label, 0);
    }

    /** Presses the {@code skip}+1-th button with this label under {@code message}, which the channel names {@link #MESSAGE}. */
    private List<Reply> press(Reply message, String label, int skip) {
        String action = message.buttons().stream().flatMap(List::stream).filter(b -> b.label().equals(label)).skip(skip)
                .map(Button::action).findFirst().orElseThrow(() -> new AssertionError("No button " + label + " in " + labels(message)));
        return coach.handle(new InboundEvent(ANNA, ANNA, "nl", new InboundEvent.ButtonPress(action, MESSAGE)));
    }

    private static Reply last(List<Reply> replies) {
        return replies.get(replies.size() - 1);
    }

    private static String labels(Reply reply) {
        return String.join("\n", reply.buttons().stream()
                .map(row -> String.join(" ", row.stream().map(b -> "[" + b.label() + "]").toList())).toList());
    }
}
