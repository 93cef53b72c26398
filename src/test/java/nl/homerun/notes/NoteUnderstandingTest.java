package nl.homerun.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
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
import nl.homerun.contacts.Contact;
import nl.homerun.contacts.Contacts;
import nl.homerun.followups.FollowUp;
import nl.homerun.followups.FollowUps;

/**
 * A note understood, through the coach: filed under the right people (asking when it cannot tell), a call without
 * an answer not counted as contact, and what it promises and tells offered as tasks, facts and contacts, each with
 * one tap; a lone word asked about; a note relinked, edited and deleted with what it caused.
 */
@SpringBootTest(properties = "mongodb.embedded=memory")
class NoteUnderstandingTest {

    private static final long ANNA = 5201;
    private static final long BERT = 5202;
    private static final String STALE = "Die knop geldt niet meer. Kijk bij /help hoe je verdergaat.";

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
    FollowUps followUps;
    @Autowired
    Contacts contacts;

    private Contact janDeGraaf;
    private Contact janPeeters;
    private Contact petra;

    @BeforeEach
    void addressBook() {
        for (String collection : List.of("users", "notes", "signal_feedback", "followups", "conversations", "contacts", "contact_books", "name_choices")) {
            database.getCollection(collection).drop();
        }
        janDeGraaf = add("Jan de Graaf", "Westland Fruit U.A.");
        janPeeters = add("Jan Peeters", "Brouwerij Vandenbroucke N.V.");
        petra = add("Petra de Vries", "Bakkerij Van Dam B.V.");
    }

    @Test
    void aFirstNameTwoContactsShareIsAskedAboutAndBothCanBeChosen() {
        List<Reply> replies = say(ANNA, "jan gebeld over de nieuwe werkkleding");

        assertThat(replies.get(0).text()).doesNotContain("Gekoppeld");
        Reply question = replies.get(1);
        assertThat(question.text()).startsWith("Over wie ging dit?");
        assertThat(question.buttons()).extracting(row -> row.get(0).label()).containsExactly(
                "Jan de Graaf — Westland Fruit U.A.", "Jan Peeters — Brouwerij Vandenbroucke N.V.", "➕ Nieuw contact");

        press(ANNA, question.buttons().get(0).get(0).action());
        press(ANNA, question.buttons().get(1).get(0).action());
        assertThat(note(ANNA).getList("contactIds", String.class)).containsExactly(janDeGraaf.id(), janPeeters.id());
        assertThat(contacts.find(ANNA, janPeeters.id()).orElseThrow().lastContact()).isEqualTo(LocalDate.parse("2026-03-04"));
    }

    @Test
    void aFirstNameChosenForTheSameContactTwiceIsTheirsFromThenOnForThatUserAlone() {
        for (int time = 1; time <= 2; time++) {
            Reply question = say(ANNA, "jan gebeld, offerte " + time).get(1);
            assertThat(question.text()).startsWith("Over wie ging dit?");
            press(ANNA, question.buttons().get(1).get(0).action()); // Jan Peeters
        }

        List<Reply> settled = say(ANNA, "jan belde terug, stuur hem vrijdag de prijslijst");
        assertThat(settled.get(0).text()).contains("Gekoppeld aan Jan Peeters");
        assertThat(settled).extracting(Reply::text).noneMatch(t -> t.startsWith("Over wie ging dit?"));
        assertThat(noteSaying(ANNA, "jan belde terug, stuur hem vrijdag de prijslijst").getList("contactIds", String.class))
                .containsExactly(janPeeters.id());
        assertThat(say(ANNA, "jan de graaf gesproken").get(0).text()).contains("Jan de Graaf"); // named in full: his

        contacts.add(BERT, new Contacts.Draft("Jan Smit", "Smit B.V.", null, null, null, null));
        contacts.add(BERT, new Contacts.Draft("Jan Visser", "Visser B.V.", null, null, null, null));
        assertThat(say(BERT, "jan gebeld").get(1).text()).startsWith("Over wie ging dit?");

        Reply answer = settled.get(0);
        Reply people = press(ANNA, answer.buttons().get(answer.buttons().size() - 1).get(0).action()).get(0);
        press(ANNA, people.buttons().get(0).get(0).action()); // not Jan Peeters after all
        assertThat(say(ANNA, "jan gebeld over de kratten").get(1).text()).startsWith("Over wie ging dit?");
    }

    @Test
    void aTypoOrTheCompanyWithoutItsLegalFormFindsThePerson() {
        assertThat(say(ANNA, "petr wil een offerte voor 30 schorten").get(0).text())
                .contains("👤 Gekoppeld aan Petra de Vries (Bakkerij Van Dam B.V.).");
        Contact kees = add("Kees van Dam", "Bakkerij Van Dam B.V.");

        say(ANNA, "Kees van Dam belde over de levering");
        say(ANNA, "Jan de Graaf gesproken over de planning");

        String companyNotes = say(ANNA, "/notities bakkerij van dam").get(0).text();
        assertThat(companyNotes).startsWith("<b>Notities over Bakkerij Van Dam B.V.</b>")
                .contains("Kees van Dam belde").contains("petr wil een offerte").doesNotContain("Jan de Graaf");
        assertThat(kees.account()).isEqualTo(petra.account());
    }

    @Test
    void aCallWithoutAnAnswerIsFiledButDoesNotCountAsContact() {
        String reply = say(ANNA, "Petra de Vries gebeld, geen gehoor").get(0).text();

        assertThat(reply).contains("Gekoppeld aan Petra de Vries").contains("☎️ Geen contact gehad");
        assertThat(contacts.find(ANNA, petra.id()).orElseThrow().lastContact()).isNull();

        say(ANNA, "Petra de Vries teruggebeld en gesproken, alles loopt");
        assertThat(contacts.find(ANNA, petra.id()).orElseThrow().lastContact()).isEqualTo(LocalDate.parse("2026-03-04"));
    }

    @Test
    void aPromiseIsOfferedAsATaskForThatPersonAndTakenWithOneTap() {
        List<Reply> replies = say(ANNA, "petra gesproken, ik stuur vrijdag de offerte. bel haar maandag om 12:30 terug");
        Reply offers = replies.get(replies.size() - 1);

        assertThat(offers.text()).startsWith("<b>Wat ik verder las</b>").contains("📌 Taak").contains("Petra de Vries");
        offers.buttons().forEach(row -> press(ANNA, row.get(0).action()));

        List<FollowUp> open = followUps.open(ANNA);
        assertThat(open).extracting(FollowUp::due, FollowUp::time, FollowUp::contactId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-03-06"), null, petra.id()),
                org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-03-09"), LocalTime.of(12, 30), petra.id()));
        assertThat(say(ANNA, "/taken").get(0).text()).contains("— Petra de Vries, Bakkerij Van Dam B.V.").contains("12:30");
        assertThat(press(ANNA, offers.buttons().get(0).get(0).action())).extracting(Reply::text)
                .containsExactly("Dat is al gedaan.");
        assertThat(followUps.open(ANNA)).hasSize(2);
    }

    @Test
    void anOfferedTaskCanBeMovedOrRewordedBeforeItIsTaken() {
        Reply offers = last(say(ANNA, "Petra de Vries gesproken, ik stuur vrijdag de offerte"));
        List<Button> row = offers.buttons().get(0);

        assertThat(press(ANNA, row.get(1).action()).get(0).text()).startsWith("Typ hoe het moet zijn");
        say(ANNA, "maandag om 14:00");
        assertThat(followUps.open(ANNA)).singleElement().satisfies(task -> {
            assertThat(task.text()).isEqualToIgnoringCase("ik stuur vrijdag de offerte");
            assertThat(task.due()).isEqualTo(LocalDate.parse("2026-03-09"));
            assertThat(task.time()).isEqualTo(LocalTime.of(14, 0));
            assertThat(task.contactId()).isEqualTo(petra.id());
        });
        assertThat(press(ANNA, row.get(0).action())).extracting(Reply::text).containsExactly("Dat is al gedaan.");
    }

    @Test
    void aPersonalFactIsOfferedForTheCardAndAnotherUserCannotTakeIt() {
        Reply offers = last(say(ANNA, "Petra de Vries gesproken. Ze rijdt sinds kort een BMW X5."));
        assertThat(offers.text()).contains("💾 Voor de kaart van Petra de Vries, auto:");
        String save = offers.buttons().get(0).get(0).action();

        assertThat(press(BERT, save)).extracting(Reply::text).containsExactly(STALE);
        assertThat(press(ANNA, save)).extracting(Reply::text).containsExactly("💾 Op de kaart gezet.");
        assertThat(contacts.find(ANNA, petra.id()).orElseThrow().facts().get(Contact.Fact.CAR)).contains("BMW X5");
    }

    @Test
    void aBirthdayAndARoleGoIntoTheirOwnFieldsAndASignalTaskNamesItsPerson() {
        Reply offers = last(say(ANNA, "Petra de Vries gesproken. Ze is 12 mei jarig. Ze is nu inkoopmanager. "
                + "Ze vroegen om een offerte voor de andere vestigingen."));
        offers.buttons().forEach(row -> press(ANNA, row.get(0).action()));

        Contact saved = contacts.find(ANNA, petra.id()).orElseThrow();
        assertThat(saved.birthday().day()).isEqualTo(java.time.MonthDay.of(5, 12));
        assertThat(saved.role()).containsIgnoringCase("inkoopmanager");

        Reply answer = say(ANNA, "Petra de Vries: ze willen een offerte voor 20 extra licenties.").get(0);
        assertThat(press(ANNA, answer.buttons().get(0).get(0).action()).get(0).text())
                .contains("Petra de Vries").contains("— Bakkerij Van Dam B.V.").doesNotContain("— Petra de Vries");
        assertThat(followUps.openFor(ANNA, petra.id())).isNotEmpty();
    }

    @Test
    void inEnglishAShortFormIsFoundAndACallWithoutAnswerStillOffersTheRetry() {
        coach.handle(new InboundEvent(BERT, BERT, "en", new InboundEvent.Text("/start")));
        Contact david = contacts.add(BERT, new Contacts.Draft("David Brown", "Fabrikam Ltd", null, null, null, null));

        List<Reply> replies = coach.handle(new InboundEvent(BERT, BERT, "en",
                new InboundEvent.Text("called dave, no answer. will try again tomorrow")));

        assertThat(replies.get(0).text()).contains("👤 Linked to David Brown (Fabrikam Ltd).")
                .contains("☎️ No contact made");
        assertThat(last(replies).text()).startsWith("<b>What else I read</b>").contains("📌 Task").contains("David Brown");
        assertThat(contacts.find(BERT, david.id()).orElseThrow().lastContact()).isNull();
        assertThat(contacts.search(ANNA, "David Brown")).isEmpty();
    }

    @Test
    void aNewPersonIsOfferedAsAContactAtThatAccountAndALifeEventAsAQuestionAfterwards() {
        Reply offers = last(say(ANNA, "Bij Petra de Vries geweest. De nieuwe inkoper Mark Jansen schuift voortaan aan. "
                + "Haar dochter trouwt in juni."));
        assertThat(offers.text()).contains("👤 Nieuw contact: Mark Jansen").contains("🗓 Daarna vragen hoe het ging");
        offers.buttons().forEach(row -> press(ANNA, row.get(0).action()));

        Contact mark = contacts.search(ANNA, "Mark Jansen").get(0);
        assertThat(mark.account()).isEqualTo("Bakkerij Van Dam B.V.");
        assertThat(note(ANNA).getList("contactIds", String.class)).contains(petra.id(), mark.id());
        FollowUp askAfter = followUps.openFor(ANNA, petra.id()).get(0);
        assertThat(askAfter.text()).startsWith("Vragen hoe het ging:").contains("trouwt");
        assertThat(askAfter.due()).isEqualTo(LocalDate.parse("2026-07-01"));
    }

    @Test
    void aLoneWordOrNumberIsAskedAboutAndStoredOnlyWhenWanted() {
        Reply question = say(ANNA, "ja").get(0);
        assertThat(question.text()).startsWith("Is dit een notitie?");
        assertThat(say(ANNA, "12").get(0).text()).startsWith("Is dit een notitie?");
        Reply utrecht = say(ANNA, "Utrecht").get(0);
        assertThat(database.getCollection("notes").countDocuments(Filters.eq("owner", ANNA))).isZero();

        assertThat(press(ANNA, question.buttons().get(0).get(0).action())).extracting(Reply::text).containsExactly(STALE);
        press(ANNA, utrecht.buttons().get(0).get(0).action());
        assertThat(note(ANNA).getString("text")).isEqualTo("Utrecht");
    }

    @Test
    void deletingANoteTakesBackTheTasksItMadeAndTheContactItCounted() {
        List<Reply> replies = say(ANNA, "Petra de Vries gesproken, ik stuur morgen de prijslijst");
        press(ANNA, last(replies).buttons().get(0).get(0).action());
        assertThat(followUps.open(ANNA)).hasSize(1);
        Button delete = replies.get(0).buttons().get(replies.get(0).buttons().size() - 1).get(2);

        Reply confirm = press(ANNA, delete.action()).get(0);
        assertThat(press(BERT, confirm.buttons().get(0).get(0).action())).extracting(Reply::text).containsExactly(STALE);
        assertThat(press(ANNA, confirm.buttons().get(0).get(0).action())).extracting(Reply::text)
                .containsExactly("🗑 Notitie verwijderd, samen met de taak die eruit voortkwam.");
        assertThat(database.getCollection("notes").countDocuments(Filters.eq("owner", ANNA))).isZero();
        assertThat(followUps.open(ANNA)).isEmpty();
        assertThat(contacts.find(ANNA, petra.id()).orElseThrow().lastContact()).isNull();
    }

    @Test
    void anEditedNoteIsReadAgainAndALinkCanBeChanged() {
        Reply answer = say(ANNA, "Petra de Vries gesproken, alles loopt").get(0);
        List<Button> noteRow = answer.buttons().get(answer.buttons().size() - 1);

        assertThat(press(ANNA, noteRow.get(1).action()).get(0).text()).startsWith("Stuur de nieuwe tekst");
        List<Reply> edited = say(ANNA, "Petra de Vries gesproken: de levering was weer te laat en ze is woedend.");
        assertThat(edited.get(0).text()).isEqualTo("Notitie aangepast.");
        assertThat(edited.get(1).text()).contains("🔴 <b>Klacht</b>");
        assertThat(database.getCollection("notes").countDocuments(Filters.eq("owner", ANNA))).isOne();

        Reply people = press(ANNA, noteRow.get(0).action()).get(0);
        assertThat(people.text()).contains("Petra de Vries");
        press(ANNA, people.buttons().get(1).get(0).action()); // someone else
        assertThat(say(ANNA, "jan peeters")).extracting(Reply::text).containsExactly("👤 Gekoppeld aan Jan Peeters.");
        press(ANNA, people.buttons().get(0).get(0).action()); // take Petra off
        assertThat(note(ANNA).getList("contactIds", String.class)).containsExactly(janPeeters.id());
        assertThat(contacts.find(ANNA, petra.id()).orElseThrow().lastContact()).isNull();
    }

    @Test
    void theContactCardShowsLastContactNotesSignalsAndTasksAndWritesANoteAboutThem() {
        say(ANNA, "Petra de Vries gesproken, ik stuur morgen de prijslijst. De levering was weer te laat.");
        press(ANNA, "fu:for:" + petra.id());
        say(ANNA, "monsters langsbrengen vrijdag");

        Reply card = say(ANNA, "/contact petra").get(0);
        assertThat(card.text()).contains("🕑 Laatste contact").contains("Laatste notities").contains("de prijslijst")
                .contains("Open signalen").contains("Open taken (1)").contains("monsters langsbrengen");
        Button writeNote = card.buttons().get(0).get(0);
        assertThat(writeNote.label()).isEqualTo("📝 Notitie");

        assertThat(press(ANNA, writeNote.action()).get(0).text()).isEqualTo("Wat heb je met Petra de Vries besproken?");
        say(ANNA, "korte update, alles goed");
        assertThat(database.getCollection("notes").find(Filters.and(Filters.eq("owner", ANNA), Filters.eq("text", "korte update, alles goed")))
                .first().getList("contactIds", String.class)).containsExactly(petra.id());
    }

    @Test
    void aNameThatIsNotAContactIsOfferedAsNewInsteadOfACompanyNearMiss() {
        assertThat(say(ANNA, "/contact Jan Bakker").get(0).text()).startsWith("Jan Bakker ken ik nog niet");
        Reply which = say(ANNA, "/contact jan").get(0);
        assertThat(which.text()).isEqualTo("Wie bedoel je?");
        Button addNew = which.buttons().get(which.buttons().size() - 1).get(0);
        assertThat(addNew.label()).isEqualTo("➕ Nieuw contact: jan");
        assertThat(press(ANNA, addNew.action()).get(0).text()).startsWith("Bij welk bedrijf werkt jan?");
    }

    @Test
    void aContactsNameThatIsAlsoAWordDoesNotColourTheSignal() {
        contacts.add(BERT, new Contacts.Draft("Robert Hughes", "Northfield Medical", null, null, null, null));

        List<Reply> replies = say(BERT, "rob rang, wants a quote by fri");

        assertThat(replies.get(0).text()).contains("Koopsignaal").doesNotContain("Klacht");
    }

    private Contact add(String name, String account) {
        return contacts.add(ANNA, new Contacts.Draft(name, account, null, null, null, null));
    }

    private Document noteSaying(long owner, String text) {
        return database.getCollection("notes").find(Filters.and(Filters.eq("owner", owner), Filters.eq("text", text))).first();
    }

    private Document note(long owner) {
        return database.getCollection("notes").find(Filters.eq("owner", owner)).first();
    }

    private static Reply last(List<Reply> replies) {
        return replies.get(replies.size() - 1);
    }

    private List<Reply> say(long user, String text) {
        return coach.handle(new InboundEvent(user, user, "nl", new InboundEvent.Text(text)));
    }

    private List<Reply> press(long user, String action) {
        return coach.handle(new InboundEvent(user, user, "nl", new InboundEvent.ButtonPress(action)));
    }
}
