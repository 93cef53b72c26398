package nl.homerun.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Collectors;

import com.mongodb.client.MongoDatabase;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import nl.homerun.MutableClock;
import nl.homerun.accounts.Account;
import nl.homerun.accounts.Accounts;
import nl.homerun.accounts.TierReason;
import nl.homerun.coach.Coach;
import nl.homerun.coach.Html;
import nl.homerun.coach.InboundEvent;
import nl.homerun.coach.Reply;
import nl.homerun.contacts.Contact;
import nl.homerun.contacts.Contact.Tier;
import nl.homerun.contacts.Contacts;
import nl.homerun.followups.FollowUp;
import nl.homerun.followups.FollowUps;
import nl.homerun.users.Language;

/**
 * The 4P plan through the coach: {@code /plan} for A and B accounts (C asked about, untiered sent to /waarde), the
 * suggestions and one's own activities, each a follow-up task that follows the activity and that the activity follows
 * back, progress with the notes since the plan was made, the plan shared as a message and as a readable PDF, the
 * plan on the account card, and nobody reaching another user's plan, not even with a forged button.
 */
@SpringBootTest(properties = "mongodb.embedded=memory")
class PlanConversationsTest {

    private static final long ANNA = 9301;
    private static final long BERT = 9302;
    private static final String MESSAGE = "9301:77";
    private static final Instant START = Instant.parse("2026-05-04T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 4);

    @TestConfiguration
    static class Setup {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(START);
        }
    }

    @Autowired
    Coach coach;
    @Autowired
    Contacts contacts;
    @Autowired
    Accounts accounts;
    @Autowired
    FollowUps followUps;
    @Autowired
    Plans plans;
    @Autowired
    MongoDatabase database;
    @Autowired
    MutableClock clock;

    private Contact jan;
    private Account fabrikam;

    @BeforeEach
    void clean() {
        clock.set(START);
        for (String name : database.listCollectionNames()) {
            database.getCollection(name).deleteMany(new Document());
        }
        say(ANNA, "/taal nl");
        say(BERT, "/taal nl");
        jan = contacts.add(ANNA, new Contacts.Draft("Jan de Vries", "Fabrikam B.V.", "inkoper", null, null, null));
        fabrikam = accounts.findByName(ANNA, "Fabrikam").get(0);
        accounts.setTier(ANNA, fabrikam.id(), Tier.A, TierReason.BY_HAND);
    }

    private static String day(LocalDate day) {
        return Language.NL.format(day, FormatStyle.MEDIUM);
    }

    @Test
    void anAAccountsPlanIsMadeFromSuggestionsAndOwnActivitiesEachATaskForItsMainContact() {
        Reply plan = say(ANNA, "/plan fabrikm").get(0); // a typo, found as /waarde finds it
        assertThat(plain(plan)).startsWith("📋 4P-relatieplan Fabrikam B.V. · A-klant\nHet 4P-model uit de methode")
                .contains("1. Project — verwachtingen overtreffen\nnog niets gepland")
                .contains("4. Partnership — van klant naar partner").contains("👤 De taken zijn voor Jan de Vries.");
        assertThat(labels(plan)).isEqualTo("[1 · Project] [2 · Persoon]\n[3 · Proces] [4 · Partnership]");

        Reply process = press(ANNA, action(plan, "3 · Proces")).get(0);
        assertThat(process.edit().messageRef()).isEqualTo(MESSAGE);
        assertThat(plain(process)).startsWith("3. Proces · Fabrikam B.V.\nStem jullie processen af op die van de klant")
                .contains("Onder Proces staat nog niets.")
                .contains("• Factuurproces afstemmen met hun administratie — doel: geen factuur meer terug of te laat betaald (over 4 weken)");

        Reply accepted = press(ANNA, action(process, "➕ Factuurproces afstemmen met hun a…")).get(0);
        LocalDate due = TODAY.plusDays(28);
        assertThat(plain(accepted)).startsWith("✅ In het plan: Factuurproces afstemmen met hun administratie. Een taak op "
                + day(due) + " voor Jan de Vries.")
                .contains("1. ⬜ Factuurproces afstemmen met hun administratie — doel: geen factuur meer terug of te laat betaald — vóór " + day(due));
        assertThat(labels(accepted)).contains("[✏️ 1. Factuurproces afstemmen met hun a…]").doesNotContain("➕ Factuurproces");
        FollowUp task = followUps.open(ANNA).get(0);
        assertThat(task.text()).isEqualTo("[4P Proces] Factuurproces afstemmen met hun administratie — doel: geen factuur meer terug of te laat betaald");
        assertThat(task.due()).isEqualTo(due);
        assertThat(task.contactId()).isEqualTo(jan.id());

        List<Reply> asked = press(ANNA, action(accepted, "✍️ Eigen activiteit"));
        assertThat(plain(asked.get(0))).startsWith("Wat ga je doen onder Proces bij Fabrikam B.V.?");
        Reply goal = say(ANNA, "Kwartaaloverleg met hun controller, vóór 1 juli").get(0);
        assertThat(plain(goal)).startsWith("🎯 Wat is het meetbare doel van „Kwartaaloverleg met hun controller”?");
        Reply added = say(ANNA, "openstaande posten onder 5k").get(0);
        assertThat(plain(added)).startsWith("✅ In het plan: Kwartaaloverleg met hun controller. Een taak op " + day(LocalDate.of(2026, 7, 1)))
                .contains("⬜ Kwartaaloverleg met hun controller — doel: openstaande posten onder 5k — vóór " + day(LocalDate.of(2026, 7, 1)));
        assertThat(followUps.open(ANNA)).extracting(FollowUp::due).containsExactly(due, LocalDate.of(2026, 7, 1));

        List<Reply> inOneGo = press(ANNA, action(added, "✍️ Eigen activiteit"));
        assertThat(inOneGo).hasSize(1);
        Reply dayAsked = say(ANNA, "Escalatiepad afspreken, doel: elk probleem binnen een dag gemeld").get(0);
        assertThat(plain(dayAsked)).startsWith("📅 Vóór wanneer moet „Escalatiepad afspreken” klaar zijn?");
        assertThat(plain(say(ANNA, "3 mei 2026").get(0))).isEqualTo(day(TODAY.minusDays(1)) + " is al voorbij. Kies een dag vanaf vandaag.");
        assertThat(plain(say(ANNA, "zo snel mogelijk").get(0))).startsWith("Ik kan „zo snel mogelijk” niet als datum lezen.");
        List<Reply> note = say(ANNA, "jan de vries gebeld, hij wil een offerte voor extra werkplekken");
        assertThat(plain(note.get(0))).startsWith("Dat was geen datum; ik las het als bezoeknotitie en heb het bewaard.");
        assertThat(note.stream().map(PlanConversationsTest::plain).toList()).anySatisfy(r -> assertThat(r).contains("Gekoppeld aan Jan de Vries"));
        assertThat(plain(note.get(note.size() - 1))).startsWith("📅 Vóór wanneer moet „Escalatiepad afspreken” klaar zijn?");
        assertThat(database.getCollection("notes").countDocuments()).isOne();
        assertThat(plain(say(ANNA, "over 2 weken").get(0))).startsWith("✅ In het plan: Escalatiepad afspreken. Een taak op " + day(TODAY.plusWeeks(2)));
        assertThat(followUps.open(ANNA)).hasSize(3);

        Reply overview = say(ANNA, "/plan Fabrikam").get(0);
        assertThat(plain(overview)).doesNotContain("Het 4P-model uit de methode")
                .contains("3. Proces — processen afstemmen (0 van 3 klaar)")
                .contains("📈 0 van 3 activiteiten klaar · volgende: Escalatiepad afspreken (" + day(TODAY.plusWeeks(2)) + ")");
        assertThat(labels(overview)).contains("[3 · Proces (3)]").contains("[📤 Als bericht] [📄 PDF]");
    }

    @Test
    void changingFinishingAndRemovingAnActivityChangesItsTask() {
        Reply process = press(ANNA, action(say(ANNA, "/plan Fabrikam").get(0), "3 · Proces")).get(0);
        Reply accepted = press(ANNA, action(process, "➕ Factuurproces afstemmen met hun a…")).get(0);
        Activity invoices = plan().activities().get(0);

        Reply card = press(ANNA, action(accepted, "✏️ 1. Factuurproces afstemmen met hun a…")).get(0);
        assertThat(plain(card)).contains("🎯 Doel: geen factuur meer terug of te laat betaald")
                .contains("📅 Vóór " + day(invoices.due())).contains("🔔 Een taak met herinnering voor Jan de Vries.");
        assertThat(labels(card)).isEqualTo("[✏️ Tekst] [🎯 Doel] [📅 Datum]\n[✅ Gedaan] [🗑 Verwijderen]\n[⬅️ Proces] [📋 Het plan]");

        assertThat(plain(press(ANNA, action(card, "📅 Datum")).get(0))).startsWith("📅 Typ de nieuwe datum van „Factuurproces");
        assertThat(plain(say(ANNA, "32 januari").get(0))).startsWith("Ik kan „32 januari” niet als datum lezen.");
        Reply moved = say(ANNA, "vóór 15 juni").get(0);
        assertThat(plain(moved)).startsWith("📅 Nieuwe datum: " + day(LocalDate.of(2026, 6, 15)) + ". De taak schuift mee.");
        assertThat(followUps.find(ANNA, invoices.taskId()).orElseThrow().due()).isEqualTo(LocalDate.of(2026, 6, 15));

        press(ANNA, action(moved, "🎯 Doel"));
        Reply noGoal = say(ANNA, "geen").get(0);
        assertThat(plain(noGoal)).contains("🎯 nog geen meetbaar doel");
        press(ANNA, action(noGoal, "✏️ Tekst"));
        say(ANNA, "Factuurproces afstemmen met Petra van de administratie");
        assertThat(followUps.find(ANNA, invoices.taskId()).orElseThrow().text())
                .isEqualTo("[4P Proces] Factuurproces afstemmen met Petra van de administratie");

        Reply finished = press(ANNA, action(new PlanAction.Done(fabrikam.id(), invoices.id()))).get(0);
        assertThat(plain(finished)).startsWith("✅ Klaar: Factuurproces afstemmen met Petra van de administratie.")
                .contains("1. ✅ Factuurproces afstemmen met Petra");
        assertThat(followUps.find(ANNA, invoices.taskId()).orElseThrow().done()).isTrue();
        assertThat(plan().activity(invoices.id()).orElseThrow().done()).isTrue();

        // ticked by mistake: open again, with a new task on its day (the ticked task stays done)
        Reply doneCard = press(ANNA, action(new PlanAction.OfActivity(fabrikam.id(), invoices.id()))).get(0);
        assertThat(labels(doneCard)).startsWith("[↩️ Heropenen] [🗑 Verwijderen]");
        Reply reopened = press(ANNA, action(doneCard, "↩️ Heropenen")).get(0);
        assertThat(plain(reopened)).startsWith("↩️ Weer open: Factuurproces afstemmen met Petra van de administratie. Een nieuwe taak op "
                + day(LocalDate.of(2026, 6, 15)) + " voor Jan de Vries.").contains("⬜ Factuurproces afstemmen met Petra");
        Activity open = plan().activity(invoices.id()).orElseThrow();
        assertThat(open.done()).isFalse();
        assertThat(followUps.find(ANNA, open.taskId()).orElseThrow()).satisfies(t -> {
            assertThat(t.done()).isFalse();
            assertThat(t.due()).isEqualTo(LocalDate.of(2026, 6, 15));
        });
        assertThat(followUps.find(ANNA, invoices.taskId()).orElseThrow().done()).isTrue();
        assertThat(plain(press(ANNA, action(doneCard, "↩️ Heropenen")).get(0))).doesNotContain("Weer open"); // pressed twice
        finished = press(ANNA, action(new PlanAction.Done(fabrikam.id(), invoices.id()))).get(0);

        press(ANNA, action(finished, "➕ Escalatiepad bij problemen afspre…"));
        Activity escalation = plan().activities().stream().filter(a -> !a.done()).findFirst().orElseThrow();
        Reply removed = press(ANNA, action(new PlanAction.Remove(fabrikam.id(), escalation.id()))).get(0);
        assertThat(plain(removed)).startsWith("🗑 Uit het plan: Escalatiepad bij problemen afspreken (liefst pro-actief melden). De taak is ook weg.")
                .contains("• Escalatiepad bij problemen afspreken"); // offered again
        assertThat(followUps.find(ANNA, escalation.taskId())).isEmpty();
        assertThat(plan().activities()).hasSize(1);
        assertThat(plain(press(ANNA, action(new PlanAction.Done(fabrikam.id(), escalation.id()))).get(0)))
                .isEqualTo("Die activiteit staat niet (meer) in het plan.");
    }

    @Test
    void aCommandMidwayIsAnsweredAndTheQuestionComesBackAndStopLeavesNothingHalfMade() {
        press(ANNA, action(new PlanAction.Add(fabrikam.id(), Pillar.PERSON)));
        say(ANNA, "Lunch met Jan buiten een offertetraject");
        List<Reply> interrupted = say(ANNA, "/taken");
        assertThat(plain(interrupted.get(interrupted.size() - 1)))
                .isEqualTo("Je was bezig met het 4P-plan:\n🎯 Wat is het meetbare doel van „Lunch met Jan buiten een offertetraject”? "
                        + "Waar zie je aan dat het gelukt is? (Of „geen”.)");
        Reply added = say(ANNA, "geen; volgende week dinsdag").get(0);
        assertThat(plain(added)).startsWith("✅ In het plan: Lunch met Jan buiten een offertetraject. Een taak op "
                + day(LocalDate.of(2026, 5, 12)));
        assertThat(plan().activities().get(0).goal()).isNull();

        press(ANNA, action(new PlanAction.Add(fabrikam.id(), Pillar.PROJECT)));
        say(ANNA, "Oplevering evalueren, doel: een 8");
        assertThat(plain(say(ANNA, "/stop").get(0))).startsWith("Gestopt.");
        assertThat(plan().activities()).hasSize(1);
        assertThat(followUps.open(ANNA)).hasSize(1);
    }

    @Test
    void aTaskDoneMovedOrDeletedElsewhereIsFollowedInThePlan() {
        for (Suggestion s : List.of(Suggestion.INVOICES, Suggestion.ESCALATION, Suggestion.KNOWN_INSIDE)) {
            press(ANNA, action(new PlanAction.Accept(fabrikam.id(), s)));
        }
        List<Activity> activities = plan().of(Pillar.PROCESS);
        Activity known = activities.get(0);
        Activity invoices = activities.get(1);
        Activity escalation = activities.get(2);

        assertThat(followUps.complete(ANNA, invoices.taskId())).isTrue(); // as /taken ✔️ does
        assertThat(plan().activity(invoices.id()).orElseThrow().done()).isTrue();
        assertThat(plain(say(ANNA, "/plan Fabrikam").get(0))).contains("(1 van 3 klaar)").contains("📈 1 van 3 activiteiten klaar");

        followUps.reschedule(ANNA, escalation.taskId(), LocalDate.of(2026, 9, 1));
        assertThat(plan().activity(escalation.id()).orElseThrow().due()).isEqualTo(LocalDate.of(2026, 9, 1));

        followUps.delete(ANNA, known.taskId());
        assertThat(plan().activity(known.id()).orElseThrow().taskId()).isNull();
        Reply card = press(ANNA, action(new PlanAction.OfActivity(fabrikam.id(), known.id()))).get(0);
        assertThat(plain(card)).contains("🔕 Geen taak meer (die is verwijderd). Een nieuwe datum maakt er weer een.");
        press(ANNA, action(card, "📅 Datum"));
        say(ANNA, "1 augustus");
        Activity again = plan().activity(known.id()).orElseThrow();
        assertThat(again.taskId()).isNotNull();
        assertThat(followUps.find(ANNA, again.taskId()).orElseThrow().due()).isEqualTo(LocalDate.of(2026, 8, 1));
    }

    @Test
    void notesAboutTheAccountsPeopleSinceThePlanWasMadeCountAsProgress() {
        say(ANNA, "Jan de Vries gesproken over de levering van vorige week.");
        clock.advance(Duration.ofHours(1));
        press(ANNA, action(new PlanAction.Accept(fabrikam.id(), Suggestion.DECIDER)));
        String made = day(TODAY);
        assertThat(plain(say(ANNA, "/plan Fabrikam").get(0))).contains("📝 nog geen notities over hun mensen sinds " + made);
        clock.advance(Duration.ofHours(1));
        say(ANNA, "Jan de Vries: lunch gehad, hij vertelde over hun nieuwe magazijn.");
        say(ANNA, "Piet van Globex gebeld, geen gehoor.");
        assertThat(plain(say(ANNA, "/plan Fabrikam").get(0))).contains("📝 1 notitie over hun mensen sinds " + made);
    }

    @Test
    void thePlanIsSharedAsOneMessageAndAsAPdfThatReadsBack() throws IOException {
        press(ANNA, action(new PlanAction.Accept(fabrikam.id(), Suggestion.INVOICES)));
        press(ANNA, action(new PlanAction.Accept(fabrikam.id(), Suggestion.EVALUATE)));
        Activity review = plan().of(Pillar.PROJECT).get(0);
        plans.finish(ANNA, fabrikam.id(), review.id());
        Reply overview = say(ANNA, "/plan Fabrikam").get(0);

        List<Reply> message = press(ANNA, action(overview, "📤 Als bericht"));
        assertThat(plain(message.get(0))).startsWith("📋 4P-relatieplan Fabrikam B.V. (A-klant), " + day(TODAY) + "\nMensen: Jan de Vries (inkoper)")
                .contains("1. Project — verwachtingen overtreffen\n✅ Project evalueren met de opdrachtgever")
                .contains("3. Proces — processen afstemmen\n⬜ Factuurproces afstemmen met hun administratie")
                .contains("📈 1 van 2 activiteiten klaar").contains("(David Maister)");
        assertThat(message.get(0).isEdit()).isFalse();
        assertThat(plain(message.get(1))).startsWith("☝️ Stuur dit bericht door naar je accountteam");

        Reply file = press(ANNA, action(overview, "📄 PDF")).get(0);
        assertThat(file.attachment().fileName()).isEqualTo("4p-plan-fabrikam-b-v.pdf");
        assertThat(file.attachment().mediaType()).isEqualTo("application/pdf");
        assertThat(plain(file)).isEqualTo("📄 Het 4P-relatieplan van Fabrikam B.V., voor je accountteam.");
        String text = pdfText(file.attachment().content());
        assertThat(text).contains("4P-relatieplan Fabrikam B.V.").contains("A-klant · " + day(TODAY))
                .contains("Mensen: Jan de Vries (inkoper)").contains("1. Project — verwachtingen overtreffen")
                .contains("Project evalueren met de opdrachtgever").contains("gedaan")
                .contains("Factuurproces afstemmen met hun administratie")
                .contains("doel: geen factuur meer terug of te laat betaald · vóór " + day(TODAY.plusDays(28)))
                .contains("4. Partnership").contains("Voor het accountteam").doesNotContain("📈").doesNotContain("?");

        say(ANNA, "/taal en");
        String english = pdfText(press(ANNA, action(new PlanAction.SharePdf(fabrikam.id()))).get(0).attachment().content());
        assertThat(english).contains("4P relationship plan Fabrikam B.V.").contains("3. Process — attune the processes")
                .contains("by " + Language.EN.format(TODAY.plusDays(28), FormatStyle.MEDIUM)).contains("For the account team");
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isPositive();
            return new PDFTextStripper().getText(document).replace("\r", "");
        }
    }

    @Test
    void aCAccountIsAskedAboutAndOneWithoutATierIsSentToValueFirst() {
        contacts.add(ANNA, new Contacts.Draft("Eva Claes", "Contoso", null, null, null, null));
        contacts.add(ANNA, new Contacts.Draft("Kees Kok", "Initech", null, null, null, null));
        Account initech = accounts.findByName(ANNA, "Initech").get(0);
        accounts.setTier(ANNA, initech.id(), Tier.C, TierReason.BY_HAND);

        assertThat(plain(say(ANNA, "/plan Contoso").get(0)))
                .isEqualTo("Contoso heeft nog geen A, B of C. Een 4P-plan is voor A- en B-klanten: bepaal eerst de waarde (/waarde Contoso).");
        Reply c = say(ANNA, "/plan initech").get(0);
        assertThat(plain(c)).startsWith("Initech is een C-klant. De methode houdt C licht").endsWith("Toch een plan maken?");
        assertThat(labels(c)).isEqualTo("[📋 Toch een plan] [👍 Nee, laat maar]");
        assertThat(plain(press(ANNA, action(c, "👍 Nee, laat maar")).get(0))).endsWith("👍 Goed: geen plan voor deze C-klant.");
        Reply anyway = press(ANNA, action(c, "📋 Toch een plan")).get(0);
        assertThat(plain(anyway)).startsWith("📋 4P-relatieplan Initech · C-klant");
        assertThat(plain(say(ANNA, "/plan Globex").get(0))).startsWith("Ik ken geen account dat lijkt op „Globex”.");

        String list = plain(say(ANNA, "/plan").get(0));
        assertThat(list).contains("A en B zonder plan (1)\n• Fabrikam B.V. [A]").doesNotContain("Initech").doesNotContain("Contoso");
        press(ANNA, action(new PlanAction.Accept(initech.id(), Suggestion.INVOICES)));
        press(ANNA, action(new PlanAction.Accept(fabrikam.id(), Suggestion.INVOICES)));
        Reply withPlans = say(ANNA, "/plan").get(0);
        assertThat(plain(withPlans)).contains("Met een plan (2)\n• Fabrikam B.V. [A] — 0 van 1 activiteiten klaar\n• Initech [C]")
                .doesNotContain("zonder plan");
        assertThat(labels(withPlans)).isEqualTo("[📋 Fabrikam B.V. (A)]\n[📋 Initech (C)]");
    }

    @Test
    void theAccountCardShowsThePlanInShortWithAButtonToIt() {
        Reply card = say(ANNA, "/account Fabrikam").get(0);
        assertThat(plain(card)).contains("📋 4P-plan\nNog geen plan. Voor A-klanten maak je er een");
        Reply opened = press(ANNA, action(card, "📋 4P-plan")).get(0);
        assertThat(opened.edit().messageRef()).isEqualTo(MESSAGE);
        assertThat(plain(opened)).startsWith("📋 4P-relatieplan Fabrikam B.V. · A-klant");

        press(ANNA, action(new PlanAction.Accept(fabrikam.id(), Suggestion.INVOICES)));
        press(ANNA, action(new PlanAction.Accept(fabrikam.id(), Suggestion.DECIDER)));
        assertThat(plain(say(ANNA, "/account Fabrikam").get(0))).contains("📋 4P-plan\n2. Persoon: 0 van 1 klaar\n3. Proces: 0 van 1 klaar\n📈 0 van 2 activiteiten klaar");

        contacts.add(ANNA, new Contacts.Draft("Eva Claes", "Contoso", null, null, null, null));
        assertThat(plain(say(ANNA, "/account Contoso").get(0))).doesNotContain("4P-plan");
    }

    @Test
    void aMergedAccountTakesItsPlanAlong() {
        contacts.add(ANNA, new Contacts.Draft("Tom Lee", "Fabrikam Ltd", null, null, null, null));
        Account ltd = accounts.findByName(ANNA, "Fabrikam Ltd").stream().filter(a -> a.name().equals("Fabrikam Ltd")).findFirst().orElseThrow();
        press(ANNA, action(new PlanAction.Accept(ltd.id(), Suggestion.INVOICES)));
        press(ANNA, action(new PlanAction.Accept(fabrikam.id(), Suggestion.DECIDER)));
        assertThat(accounts.merge(ANNA, fabrikam.id(), ltd.id(), null)).isTrue();
        assertThat(plans.of(ANNA, ltd.id())).isEmpty();
        assertThat(plans.of(ANNA, fabrikam.id()).orElseThrow().activities()).extracting(Activity::pillar)
                .containsExactly(Pillar.PERSON, Pillar.PROCESS);
    }

    @Test
    void inEnglishTheSameWithTheTasksInEnglish() {
        say(ANNA, "/language en");
        Reply plan = say(ANNA, "/plan fabrikam").get(0);
        assertThat(plain(plan)).startsWith("📋 4P relationship plan Fabrikam B.V. · A customer\nThe method's 4P model");
        Reply process = press(ANNA, action(plan, "3 · Process")).get(0);
        assertThat(plain(process)).contains("• Align invoicing with their accounts department — goal: no invoice sent back or paid late (in 4 weeks)");
        Reply accepted = press(ANNA, action(process, "➕ Align invoicing with their accoun…")).get(0);
        assertThat(plain(accepted)).startsWith("✅ In the plan: Align invoicing with their accounts department. A task on "
                + Language.EN.format(TODAY.plusDays(28), FormatStyle.MEDIUM) + " for Jan de Vries.");
        assertThat(followUps.open(ANNA).get(0).text()).isEqualTo("[4P Process] Align invoicing with their accounts department — goal: no invoice sent back or paid late");
        assertThat(plain(say(ANNA, "/help").get(0))).contains("/plan — the 4P relationship plan of an A or B account");
    }

    @Test
    void nobodyReadsOrChangesAnotherUsersPlanNotEvenWithAForgedButton() {
        press(ANNA, action(new PlanAction.Accept(fabrikam.id(), Suggestion.INVOICES)));
        Plan annas = plan();
        Activity invoices = annas.activities().get(0);
        String id = fabrikam.id();
        List<PlanAction> forged = List.of(new PlanAction.Show(id), new PlanAction.OfPillar(id, Pillar.PROCESS),
                new PlanAction.Accept(id, Suggestion.ESCALATION), new PlanAction.Add(id, Pillar.PERSON),
                new PlanAction.OfActivity(id, invoices.id()), new PlanAction.Edit(id, invoices.id(), PlanAction.Field.DUE),
                new PlanAction.Done(id, invoices.id()), new PlanAction.Remove(id, invoices.id()), new PlanAction.ShareText(id),
                new PlanAction.SharePdf(id), new PlanAction.Anyway(id));
        for (PlanAction action : forged) {
            List<Reply> answer = press(BERT, action(action));
            assertThat(answer).as(action.toString()).hasSize(1);
            assertThat(plain(answer.get(0))).as(action.toString()).isEqualTo("Dat account is er niet (meer).");
            assertThat(answer.get(0).attachment()).isNull();
        }
        assertThat(plan()).isEqualTo(annas);
        assertThat(followUps.find(ANNA, invoices.taskId()).orElseThrow().done()).isFalse();
        assertThat(plans.of(BERT, id)).isEmpty();
        assertThat(plans.all(BERT)).isEmpty();
        assertThat(followUps.open(BERT)).isEmpty();

        // Bert's own Fabrikam is his own account, with his own (empty) plan
        contacts.add(BERT, new Contacts.Draft("Jan de Vries", "Fabrikam B.V.", null, null, null, null));
        Account his = accounts.findByName(BERT, "Fabrikam").get(0);
        accounts.setTier(BERT, his.id(), Tier.A, TierReason.BY_HAND);
        assertThat(his.id()).isNotEqualTo(id);
        assertThat(plain(say(BERT, "/plan Fabrikam").get(0))).doesNotContain("Factuurproces").contains("nog niets gepland");
        assertThat(plans.of(ANNA, his.id())).isEmpty();
    }

    private Plan plan() {
        return plans.of(ANNA, fabrikam.id()).orElseThrow();
    }

    private List<Reply> say(long user, String text) {
        return coach.handle(new InboundEvent(user, user, "nl", new InboundEvent.Text(text)));
    }

    private List<Reply> press(long user, String action) {
        return coach.handle(new InboundEvent(user, user, "nl", new InboundEvent.ButtonPress(action, user + ":77")));
    }

    private static String action(PlanAction action) {
        return action.button("x").action();
    }

    private static String action(Reply reply, String label) {
        return reply.buttons().stream().flatMap(List::stream).filter(b -> b.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("No button " + label + " in " + labels(reply))).action();
    }

    private static String labels(Reply reply) {
        return reply.buttons().stream().map(row -> row.stream().map(b -> "[" + b.label() + "]").collect(Collectors.joining(" ")))
                .collect(Collectors.joining("\n"));
    }

    private static String plain(Reply reply) {
        return Html.toPlainText(reply.text());
    }
}
