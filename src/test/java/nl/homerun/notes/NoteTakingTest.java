package nl.homerun.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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

import nl.homerun.MutableClock;
import nl.homerun.coach.Button;
import nl.homerun.coach.Coach;
import nl.homerun.coach.InboundEvent;
import nl.homerun.coach.Reply;
import nl.homerun.followups.FollowUp;
import nl.homerun.followups.FollowUps;

/** Visit notes through the coach: stored, read for signals, coached, and their buttons. */
@SpringBootTest(properties = "mongodb.embedded=memory")
class NoteTakingTest {

    private static final long ANNA = 5101;
    private static final long BERT = 5102;

    @TestConfiguration
    static class Setup {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2026-03-06T09:00:00Z")); // a Friday
        }
    }

    @Autowired
    Coach coach;
    @Autowired
    MongoDatabase database;
    @Autowired
    FollowUps followUps;
    @Autowired
    nl.homerun.contacts.Contacts contacts;

    @BeforeEach
    void clean() {
        for (String collection : List.of("users", "notes", "signal_feedback", "followups", "conversations", "contacts", "contact_books")) {
            database.getCollection(collection).drop();
        }
    }

    @Test
    void aPlainMessageIsStoredAndItsSignalsAreCoached() {
        Reply reply = say(ANNA, "Bezoek bij Jansen BV. Ze vroegen om een offerte voor 20 extra licenties. "
                + "Het werkt goed, alleen jammer van de trage support.").get(0);

        assertThat(reply.text()).startsWith("📝 Genoteerd. Ik vond 2 punten om op te pakken:")
                .contains("1. 🟢 <b>Koopsignaal</b> “<i>Ze vroegen om een offerte voor 20 extra licenties.</i>”")
                .contains("Maak er binnen twee dagen een concrete vervolgstap van")
                .contains("2. 🟠 <b>Stille klacht</b> “<i>Het werkt goed, alleen jammer van de trage support.</i>”")
                .contains("Erken het, vraag door met een open vraag")
                .doesNotContain("referentievraag");
        assertThat(reply.buttons()).hasSize(3);
        assertThat(reply.buttons().get(0)).extracting(Button::label).containsExactly("1 📌 Taak", "✖️", "👍", "👎");
        assertThat(reply.buttons().get(2)).extracting(Button::label).containsExactly("👥 Wie", "✏️", "🗑");

        Document note = database.getCollection("notes").find(Filters.eq("owner", ANNA)).first();
        assertThat(note.getString("text")).startsWith("Bezoek bij Jansen BV.");
        assertThat(note.getString("label")).isEqualTo("SILENT_COMPLAINT");
        assertThat(note.getString("language")).isEqualTo("nl");
        assertThat(note.getList("signals", Document.class)).hasSize(2);
    }

    @Test
    void aPositiveNoteAsksTheReferralQuestionAndPriceTalkGetsTheNegotiationHint() {
        String text = say(ANNA, "De collega's reageerden heel enthousiast en ze willen een offerte voor de andere vestigingen. "
                + "Wel vroegen ze om korting op de prijs.").get(0).text();

        assertThat(text).contains("Wie in jouw zakelijke kennissenkring reageert ook zo enthousiast als jij?")
                .contains("Onderhandelen is geen verkopen");
    }

    @Test
    void aNoteWithoutSignalsGetsAShortAcknowledgement() {
        List<Reply> replies = say(ANNA, "Zijn dochter is net geslaagd, ze gaat in september studeren.");

        assertThat(replies).extracting(Reply::text)
                .containsExactly("✅ Genoteerd. Ik zie geen koopsignalen of klachten in deze notitie.");
        assertThat(database.getCollection("notes").countDocuments(Filters.eq("owner", ANNA))).isOne();
    }

    @Test
    void theNoteCommandAsksForTheNoteWhenItIsNotGiven() {
        assertThat(say(ANNA, "/note").get(0).text()).startsWith("Vertel over het bezoek");
        assertThat(say(ANNA, "De levering was weer te laat, de inkoper is woedend.").get(0).text()).contains("🔴 <b>Klacht</b>");
        assertThat(say(ANNA, "/notitie Kunt u nog een brochure toesturen?").get(0).text()).contains("🟢 <b>Koopsignaal</b>");
        assertThat(database.getCollection("notes").countDocuments(Filters.eq("owner", ANNA))).isEqualTo(2);
    }

    @Test
    void aSignalBecomesAFollowUpTaskDueByItsUrgency() {
        Reply reply = say(ANNA, "De levering was weer te laat, de inkoper is woedend. Hij vroeg ook om een brochure.").get(0);
        String complaintTask = reply.buttons().get(0).get(0).action();
        String buyingTask = reply.buttons().get(1).get(0).action();

        assertThat(press(ANNA, complaintTask).get(0).text()).startsWith("📌 Taak gemaakt: Klacht oplossen en bevestigen");
        press(ANNA, buyingTask);
        assertThat(press(ANNA, buyingTask)).extracting(Reply::text, Reply::notice)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Dat is al een taak (zie /taken).", true));

        List<FollowUp> open = followUps.open(ANNA);
        assertThat(open).extracting(FollowUp::due)
                .containsExactly(LocalDate.parse("2026-03-06"), LocalDate.parse("2026-03-10")); // today; two working days on
        assertThat(say(ANNA, "/taken").get(0).text()).contains("Open taken (2)").contains("Klacht oplossen en bevestigen");
    }

    @Test
    void aSignalDismissedAfterItWasMadeATaskTakesItsOpenTaskWithIt() {
        Reply reply = say(ANNA, "De levering was weer te laat, de inkoper is woedend. Hij vroeg ook om een brochure.").get(0);
        press(ANNA, reply.buttons().get(0).get(0).action());
        press(ANNA, reply.buttons().get(1).get(0).action());
        assertThat(followUps.open(ANNA)).hasSize(2);

        assertThat(press(BERT, reply.buttons().get(0).get(1).action())).extracting(Reply::text)
                .containsExactly("Die knop geldt niet meer. Kijk bij /help hoe je verdergaat.");
        assertThat(followUps.open(ANNA)).hasSize(2);
        assertThat(press(ANNA, reply.buttons().get(0).get(1).action())).extracting(Reply::text).containsExactly(
                "Genegeerd. De taak die je ervan had gemaakt is ook weg: Klacht oplossen en bevestigen: "
                        + "“De levering was weer te laat, de inkoper is woedend.”");
        assertThat(followUps.open(ANNA)).extracting(FollowUp::text).singleElement().asString().startsWith("Koopsignaal opvolgen");

        FollowUp buying = followUps.open(ANNA).get(0);
        followUps.complete(ANNA, buying.id());
        assertThat(press(ANNA, reply.buttons().get(1).get(1).action())).extracting(Reply::text).containsExactly("Genegeerd.");
        assertThat(followUps.find(ANNA, buying.id())).as("a task done stays, as what was done").isPresent();
    }

    @Test
    void aSignalMadeATaskBeforeTheLinkWasKeptStillTakesItsTaskWhenItWasNothing() {
        Reply reply = say(ANNA, "De levering was weer te laat, de inkoper is woedend.").get(0);
        press(ANNA, reply.buttons().get(0).get(0).action());
        database.getCollection("notes").updateOne(Filters.eq("owner", ANNA),
                com.mongodb.client.model.Updates.unset("signals.0.taskId")); // as a note of an earlier version
        Reply question = press(ANNA, reply.buttons().get(0).get(3).action()).get(0);

        List<Reply> saved = press(ANNA, question.buttons().get(3).get(0).action());

        assertThat(saved.get(0).text()).contains("Niets om op te reageren")
                .endsWith("De taak die je ervan had gemaakt is ook weg: Klacht oplossen en bevestigen: "
                        + "“De levering was weer te laat, de inkoper is woedend.”");
        assertThat(followUps.open(ANNA)).isEmpty();
    }

    @Test
    void feedbackIsKeptWithTheSentenceAndASecondTapReplacesTheFirst() {
        Reply reply = say(ANNA, "Kunt u nog een brochure toesturen?").get(0);
        String up = reply.buttons().get(0).get(2).action();
        String down = reply.buttons().get(0).get(3).action();

        assertThat(press(ANNA, up)).extracting(Reply::notice).containsExactly(true);
        Reply question = press(ANNA, down).get(0);
        assertThat(question.text()).isEqualTo("Wat had “<i>Kunt u nog een brochure toesturen?</i>” moeten zijn?");
        assertThat(question.buttons()).extracting(row -> row.get(0).label())
                .containsExactly("🔴 Een klacht", "🟠 Een stille klacht", "🟢 Een koopsignaal", "⚪ Niets om op te reageren");
        press(ANNA, question.buttons().get(1).get(0).action());

        List<Document> feedback = database.getCollection("signal_feedback").find().into(new java.util.ArrayList<>());
        assertThat(feedback).hasSize(1);
        assertThat(feedback.get(0).getString("sentence")).isEqualTo("Kunt u nog een brochure toesturen?");
        assertThat(feedback.get(0).getString("detected")).isEqualTo("BUYING_SIGNAL");
        assertThat(feedback.get(0).getString("correctedTo")).isEqualTo("SILENT_COMPLAINT");
        assertThat(feedback.get(0).getBoolean("correct")).isFalse();
        assertThat(feedback.get(0).get("owner")).isEqualTo(ANNA);
    }

    @Test
    void aCorrectionChangesWhatThatUserSeesAtOnceForTheSameOrANearlyIdenticalSentence() {
        String sentence = "Kunt u nog een brochure toesturen?";
        Reply reply = say(ANNA, sentence).get(0);
        Reply question = press(ANNA, reply.buttons().get(0).get(3).action()).get(0);
        List<Reply> saved = press(ANNA, question.buttons().get(3).get(0).action());

        assertThat(saved.get(0).text()).contains("Niets om op te reageren");
        Document note = database.getCollection("notes").find(Filters.eq("owner", ANNA)).first();
        assertThat(note.getList("signals", Document.class).get(0).getString("status")).isEqualTo("DISMISSED");
        assertThat(say(ANNA, sentence).get(0).text()).startsWith("✅ Genoteerd.");
        assertThat(say(ANNA, "kunt u nog een brochure toesturen").get(0).text()).startsWith("✅ Genoteerd.");
        assertThat(say(ANNA, "Kunt u een offerte sturen voor de vestiging in Gent?").get(0).buttons()).isNotEmpty();
        assertThat(say(BERT, sentence).get(0).buttons()).as("another user's reading is their own").isNotEmpty();
    }

    @Test
    void priceWithAThreatGetsTheMethodsWordOnNegotiatingInsteadOfActToday() {
        String text = say(ANNA, "Ze willen 15% korting op de verlenging, anders stappen ze over naar de concurrent.").get(0).text();

        assertThat(text).contains("Prijsdruk. Onderhandelen is geen verkopen").doesNotContain("Onderneem vandaag actie")
                .doesNotContain("stuur wat gevraagd werd");
    }

    @Test
    void satisfactionBringsTheReferralQuestionAndABareQuoteRequestDoesNot() {
        assertThat(say(ANNA, "Ze was erg tevreden over de installatie.").get(0).text()).contains("referentievraag");
        assertThat(say(ANNA, "Ze wil een offerte voor 20 extra licenties.").get(0).text()).doesNotContain("referentievraag");
    }

    @Test
    void aNoteInALanguageHomerunDoesNotReadIsStoredAndTheUserIsTold() {
        Reply reply = say(ANNA, "Der Kunde ist sehr unzufrieden mit der letzten Lieferung und droht zu kündigen.").get(0);

        assertThat(reply.text()).startsWith("📝 Genoteerd, maar ik lees alleen Nederlands en Engels");
        assertThat(reply.buttons()).singleElement().satisfies(row ->
                assertThat(row).extracting(Button::label).containsExactly("👥 Wie", "✏️", "🗑"));
        assertThat(database.getCollection("notes").countDocuments(Filters.eq("owner", ANNA))).isOne();
    }

    @Test
    void anotherUsersNoteCannotBeReachedWithAForgedButton() {
        Reply annas = say(ANNA, "Kunt u nog een brochure toesturen?").get(0);
        String annasTask = annas.buttons().get(0).get(0).action();
        String annasSkip = annas.buttons().get(0).get(1).action();

        assertThat(press(BERT, annasTask)).extracting(Reply::text).containsExactly("Die knop geldt niet meer. Kijk bij /help hoe je verdergaat.");
        assertThat(press(BERT, annasSkip)).extracting(Reply::text).containsExactly("Die knop geldt niet meer. Kijk bij /help hoe je verdergaat.");
        assertThat(press(BERT, "note:nothex:0:task")).extracting(Reply::text).containsExactly("Die knop geldt niet meer. Kijk bij /help hoe je verdergaat.");
        assertThat(followUps.open(BERT)).isEmpty();
        assertThat(followUps.open(ANNA)).isEmpty();
        Document note = database.getCollection("notes").find(Filters.eq("owner", ANNA)).first();
        assertThat(note.getList("signals", Document.class).get(0).getString("status")).isEqualTo("OPEN");
    }

    @Test
    void aTaskCanOnlyBeTickedOffByItsOwner() {
        FollowUp task = followUps.create(ANNA, "Bel Jansen", LocalDate.parse("2026-03-09"));

        assertThat(press(BERT, "fu:" + task.id() + ":done")).extracting(Reply::notice).containsExactly(false);
        assertThat(followUps.open(ANNA)).hasSize(1);
        assertThat(press(ANNA, "fu:" + task.id() + ":done")).extracting(Reply::text).containsExactly("Klaar ✔️");
        assertThat(followUps.open(ANNA)).isEmpty();
    }

    @Test
    void englishNotesAreCoachedInTheUsersLanguage() {
        coach.handle(new InboundEvent(BERT, BERT, "en", new InboundEvent.Text("/start")));
        String text = say(BERT, "They asked for a demo for the other sites. The invoice was wrong again and she is furious.").get(0).text();
        assertThat(text).contains("🟢 <b>Buying signal</b>").contains("🔴 <b>Complaint</b>").contains("Act today");
    }

    @Test
    void aNoteIsLinkedToTheContactItNamesAndSetsTheirLastContact() {
        var jan = contacts.add(ANNA, new nl.homerun.contacts.Contacts.Draft("Jan de Vries", "Jansen BV", null, null, null, null));
        contacts.add(BERT, new nl.homerun.contacts.Contacts.Draft("Jan de Vries", "Bert's Jansen", null, null, null, null));

        String reply = say(ANNA, "Koffie met Jan de Vries, hij vroeg om een brochure.").get(0).text();

        assertThat(reply).contains("👤 Gekoppeld aan Jan de Vries (Jansen BV).");
        assertThat(contacts.find(ANNA, jan.id()).orElseThrow().lastContact()).isEqualTo(LocalDate.parse("2026-03-06"));
        assertThat(database.getCollection("notes").find(Filters.eq("owner", ANNA)).first().getList("contactIds", String.class))
                .containsExactly(jan.id());
        assertThat(say(ANNA, "/notities jan de vreis").get(0).text()).contains("Notities over Jan de Vries")
                .contains("🟢 <b>6 mrt.</b> Koffie met Jan de Vries");
        assertThat(say(ANNA, "Bezoek bij Jansen BV, alles loopt.").get(0).text()).contains("Gekoppeld aan Jan de Vries");
    }

    @Test
    void whenANoteCouldBeAboutSeveralContactsButtonsAsk() {
        var jan = contacts.add(ANNA, new nl.homerun.contacts.Contacts.Draft("Jan de Vries", null, null, null, null, null));
        contacts.add(ANNA, new nl.homerun.contacts.Contacts.Draft("Marieke de Vries", null, null, null, null, null));

        List<Reply> replies = say(ANNA, "Gesprek met De Vries over de planning.");

        assertThat(replies.get(0).text()).doesNotContain("Gekoppeld");
        Reply question = replies.get(1);
        assertThat(question.text()).isEqualTo("Over wie ging dit? Tik op wie het was (meer mag).");
        assertThat(question.buttons()).extracting(row -> row.get(0).label())
                .containsExactly("Jan de Vries", "Marieke de Vries", "➕ Nieuw contact");
        assertThat(question.buttons().get(2).get(1).label()).isEqualTo("Geen van hen");
        String pickJan = question.buttons().get(0).get(0).action();
        assertThat(press(BERT, pickJan)).extracting(Reply::text).containsExactly("Die knop geldt niet meer. Kijk bij /help hoe je verdergaat.");
        assertThat(press(ANNA, pickJan)).extracting(Reply::text).containsExactly("👤 Gekoppeld aan Jan de Vries.");
        assertThat(contacts.find(ANNA, jan.id()).orElseThrow().lastContact()).isEqualTo(LocalDate.parse("2026-03-06"));
    }

    @Test
    void aNoteNamingNoContactIsNotLinkedAndTheListSaysSo() {
        contacts.add(ANNA, new nl.homerun.contacts.Contacts.Draft("Jan de Vries", null, null, null, null, null));
        assertThat(say(ANNA, "Volgende afspraak op 12 maart.").get(0).text()).doesNotContain("Gekoppeld");
        assertThat(say(ANNA, "/notities Jan").get(0).text()).isEqualTo("Nog geen notities over Jan de Vries.");
        assertThat(say(ANNA, "/notities Piet").get(0).text()).startsWith("Piet staat niet in je contacten");
        assertThat(say(ANNA, "/notities").get(0).text()).contains("Je laatste notities").contains("Volgende afspraak op 12 maart.");
    }

    private List<Reply> say(long user, String text) {
        return coach.handle(new InboundEvent(user, user, "nl", new InboundEvent.Text(text)));
    }

    private List<Reply> press(long user, String action) {
        return coach.handle(new InboundEvent(user, user, "nl", new InboundEvent.ButtonPress(action)));
    }
}
