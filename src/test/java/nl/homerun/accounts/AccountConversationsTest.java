package nl.homerun.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import com.mongodb.client.MongoDatabase;
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
import nl.homerun.coach.Html;
import nl.homerun.coach.InboundEvent;
import nl.homerun.coach.Reply;
import nl.homerun.contacts.Contact;
import nl.homerun.contacts.Contact.Tier;
import nl.homerun.contacts.Contacts;

/**
 * The accounts through the coach: {@code /accounts} by tier with near-duplicates merged after asking, the
 * {@code /account} card, the value conversation that proposes a tier to confirm or overrule, {@code /portfolio}'s
 * coaching, in Dutch and English, and nobody reaching another user's accounts, not even with a forged button.
 */
@SpringBootTest(properties = "mongodb.embedded=memory")
class AccountConversationsTest {

    private static final long ANNA = 9201;
    private static final long BERT = 9202;
    private static final String MESSAGE = "9201:77";

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
    Contacts contacts;
    @Autowired
    Accounts accounts;
    @Autowired
    MongoDatabase database;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void clean() {
        clock.set(Instant.parse("2026-05-04T09:00:00Z"));
        for (String name : database.listCollectionNames()) {
            database.getCollection(name).deleteMany(new Document());
        }
        say(ANNA, "/taal nl");
        say(BERT, "/taal nl");
    }

    private Contact add(long owner, String name, String company) {
        return contacts.add(owner, new Contacts.Draft(name, company, null, null, null, null));
    }

    @Test
    void theListIsByTierAndNamesThatMayBeOneCompanyAreMergedOnlyAfterAsking() {
        add(ANNA, "Jan de Vries", "Fabrikam");
        add(ANNA, "Tom Lee", "Fabrikam Ltd");
        add(ANNA, "Piet Bos", "Fabrikam Ltd");
        add(ANNA, "Eva Claes", "Contoso");
        Contact kees = add(ANNA, "Kees Kok", "Initech");
        contacts.setTier(ANNA, kees.id(), Tier.A);

        List<Reply> listed = say(ANNA, "/accounts");
        String list = plain(listed.get(0));
        assertThat(list).contains("Je accounts (4)");
        assertThat(list.indexOf("A — bijzonder waardevol (1)")).isLessThan(list.indexOf("• Initech — 1 persoon"));
        assertThat(list.indexOf("• Initech")).isLessThan(list.indexOf("Nog niet gekozen (3)"));
        assertThat(list).contains("• Fabrikam Ltd — 2 personen");
        assertThat(labels(listed.get(0))).contains("[Initech (A)] [Contoso]");
        Reply question = listed.get(1);
        assertThat(plain(question)).contains("Zijn Fabrikam (1 persoon) en Fabrikam Ltd (2 personen) hetzelfde bedrijf?");
        assertThat(accounts.all(ANNA)).hasSize(4);

        List<Reply> merged = press(ANNA, action(question, "🔗 Ja, als „Fabrikam Ltd”"));
        assertThat(merged.get(0).edit().messageRef()).isEqualTo(MESSAGE);
        assertThat(plain(merged.get(0))).isEqualTo("✅ Fabrikam hoort nu bij Fabrikam Ltd, met 3 personen.");
        assertThat(merged).hasSize(1);
        assertThat(accounts.findByName(ANNA, "fabrikam")).extracting(Account::name).containsExactly("Fabrikam Ltd");
        assertThat(say(ANNA, "/accounts")).hasSize(1);
    }

    @Test
    void namesKeptApartAreNotAskedAgain() {
        add(ANNA, "Eva Claes", "Contoso");
        add(ANNA, "Ali Kaya", "Contosso");
        Reply question = say(ANNA, "/accounts").get(1);

        List<Reply> apart = press(ANNA, action(question, "✖️ Nee, twee bedrijven"));
        assertThat(plain(apart.get(0))).isEqualTo("👍 Dan blijven Contoso en Contosso twee accounts; ik vraag het niet opnieuw.");
        assertThat(say(ANNA, "/accounts")).hasSize(1);
        assertThat(accounts.all(ANNA)).hasSize(2);
    }

    @Test
    void theCardShowsThePeopleTheTierAndWhyAndSetsTheTierOnThePeople() {
        Contact jan = add(ANNA, "Jan de Vries", "Fabrikam B.V.");
        contacts.setField(ANNA, jan.id(), "role", "inkoper");
        Contact piet = add(ANNA, "Piet Bos", "fabrikam bv");

        Reply card = say(ANNA, "/account fabrikam").get(0);
        assertThat(plain(card)).contains("🏢 Fabrikam B.V. · nog geen A, B of C")
                .contains("👥 Mensen (2): Jan de Vries (inkoper), Piet Bos")
                .contains("Waarde: nog niet bepaald — /waarde Fabrikam B.V.");
        assertThat(labels(card)).contains("[⚖️ Waarde bepalen]").contains("[A] [B] [C]");

        List<Reply> set = press(ANNA, action(card, "B"));
        assertThat(set.get(0).edit().messageRef()).isEqualTo(MESSAGE);
        assertThat(plain(set.get(0))).contains("· B-klant").contains("Waarom: met de hand gekozen.");
        assertThat(labels(set.get(0))).contains("[A] [✓ B] [C]");
        assertThat(plain(set.get(1))).isEqualTo("✅ Fabrikam B.V. is nu een B-klant, en de 2 mensen daar ook (elk kwartaal contact).");
        assertThat(contacts.find(ANNA, jan.id()).orElseThrow().tier()).isEqualTo(Tier.B);
        assertThat(contacts.find(ANNA, piet.id()).orElseThrow().cadenceDays()).isEqualTo(91);

        assertThat(plain(say(ANNA, "/account Globex").get(0))).startsWith("Ik ken geen account dat lijkt op „Globex”.");
        add(ANNA, "Eva Claes", "Fabrikam Logistiek");
        Reply which = say(ANNA, "/account fab").get(0);
        assertThat(plain(which)).isEqualTo("Welk account bedoel je?");
        assertThat(labels(which)).isEqualTo("[Fabrikam B.V. (B)]\n[Fabrikam Logistiek]");
    }

    @Test
    void helpListsTheAccountCommandsInEachLanguageAfterTheCoresOwn() {
        String dutch = plain(say(ANNA, "/help").get(0));
        assertThat(dutch.indexOf("/start — ")).isLessThan(dutch.indexOf("/account — "));
        assertThat(dutch).contains("/accounts — je accounts per A, B en C").contains("/waarde — de waarde van een account bepalen")
                .contains("/portfolio — de verdeling over A, B en C");
        say(ANNA, "/language en");
        assertThat(plain(say(ANNA, "/help").get(0))).contains("/value — score an account's value and choose A, B or C");
    }

    @Test
    void aContactsCardNamesTheirAccountWithAButtonToItsCard() {
        add(ANNA, "Jan de Vries", "Fabrikam B.V.");
        accounts.setTier(ANNA, accounts.findByName(ANNA, "Fabrikam").get(0).id(), Tier.A, TierReason.BY_HAND);
        Reply contactCard = say(ANNA, "/contact Jan de Vries").get(0);
        assertThat(plain(contactCard)).contains("🏢 Bedrijf Fabrikam B.V.: A-klant");
        Reply accountCard = press(ANNA, action(contactCard, "🏢 Fabrikam B.V.")).get(0);
        assertThat(accountCard.edit().messageRef()).isEqualTo(MESSAGE);
        assertThat(plain(accountCard)).startsWith("🏢 Fabrikam B.V. · A-klant").contains("Mensen (1): Jan de Vries");
    }

    /** Scores each criterion by pressing its button (0: "don't know"), and returns the replies after the last. */
    private List<Reply> scoreAll(long user, List<Reply> replies, int... scores) {
        for (int score : scores) {
            replies = press(user, action(replies.get(replies.size() - 1), score == 0 ? "Weet ik niet" : String.valueOf(score)));
        }
        return replies;
    }

    @Test
    void theValueConversationProposesATierWithItsReasonToConfirm() {
        Contact jan = add(ANNA, "Jan de Vries", "Fabrikam");
        List<Reply> started = say(ANNA, "/waarde fabrikam");
        assertThat(plain(started.get(0))).startsWith("⚖️ De waarde van Fabrikam").contains("„iedere klant is ons even lief” is de valkuil")
                .contains("9 vragen");
        assertThat(plain(started.get(1))).startsWith("Zakelijk · vraag 1 van 9\nOmzet: hoeveel omzet levert Fabrikam op");
        assertThat(labels(started.get(1))).isEqualTo("[1] [2] [3] [4] [5]\n[Weet ik niet] [⏹ Stoppen]");

        List<Reply> second = press(ANNA, action(started.get(1), "5"));
        assertThat(second.get(0).edit().buttonsOnly()).isTrue();
        assertThat(plain(second.get(2))).startsWith("Zakelijk · vraag 2 van 9\nMarge");
        assertThat(plain(press(ANNA, action(started.get(1), "4")).get(1))).isEqualTo("Dat antwoord was al binnen; we zijn al verder.");

        List<Reply> typed = say(ANNA, "5"); // typed instead of pressed
        assertThat(plain(typed.get(0))).startsWith("Zakelijk · vraag 3 van 9");
        assertThat(plain(say(ANNA, "7").get(0))).isEqualTo("Een score is een heel getal van 1 tot 5.");
        List<Reply> proposal = scoreAll(ANNA, typed, 4, 4, 0, 3, 5, 4, 4);
        Reply result = proposal.get(proposal.size() - 1);
        assertThat(plain(result)).startsWith("📊 Fabrikam: zakelijk 4,5 · inhoudelijk 3,0 · strategisch 4,3 (gemiddeld 3,9).")
                .contains("Voorstel: A — bijzonder waardevol.").contains("A vanaf gemiddeld 3,75, C onder 2,5");
        assertThat(labels(result)).isEqualTo("[✅ A bevestigen] [Toch B] [Toch C]");
        Account scored = accounts.findByName(ANNA, "Fabrikam").get(0);
        assertThat(scored.value().scores()).hasSize(8).doesNotContainKey(Criterion.ADDED_VALUE);
        assertThat(scored.tier()).isNull();

        List<Reply> confirmed = press(ANNA, action(result, "✅ A bevestigen"));
        assertThat(plain(confirmed.get(0))).contains("· A-klant")
                .contains("💡 Waarom: op waarde — zakelijk 4,5 · inhoudelijk 3,0 · strategisch 4,3 (gemiddeld 3,9).")
                .contains("• Zakelijk 4,5 — omzet 5 · marge 5 · groei 4 · continuïteit 4")
                .contains("• Inhoudelijk en professioneel 3,0 — ontwikkeling 3");
        assertThat(plain(confirmed.get(1))).isEqualTo("✅ Fabrikam is nu een A-klant, en de ene persoon daar ook (elke maand contact).");
        assertThat(contacts.find(ANNA, jan.id()).orElseThrow().tier()).isEqualTo(Tier.A);
        assertThat(accounts.find(ANNA, scored.id()).orElseThrow().tierReason()).isEqualTo(TierReason.BY_VALUE);

        List<Reply> overruled = press(ANNA, action(result, "Toch B"));
        assertThat(plain(overruled.get(0))).contains("💡 Waarom: je eigen keuze; de waarde wees op A: zakelijk 4,5");
        assertThat(contacts.find(ANNA, jan.id()).orElseThrow().tier()).isEqualTo(Tier.B);
        assertThat(accounts.find(ANNA, scored.id()).orElseThrow().tierReason()).isEqualTo(TierReason.OVERRULED);
    }

    @Test
    void aNoteTypedMidwayIsKeptWhenTheUserSaysSoAndStoppingKeepsTheScores() {
        add(ANNA, "Jan de Vries", "Fabrikam");
        List<Reply> started = say(ANNA, "/waarde Fabrikam");
        press(ANNA, action(started.get(1), "2"));

        Reply asked = say(ANNA, "Bezoek bij Jan de Vries: hij wil een offerte voor 20 licenties.").get(0);
        assertThat(plain(asked)).isEqualTo("Ik wachtte op een score van 1 tot 5. Was dit een bezoeknotitie?");
        List<Reply> kept = press(ANNA, action(asked, "📝 Ja, een bezoeknotitie"));
        assertThat(kept.stream().map(AccountConversationsTest::plain).collect(Collectors.joining("\n")))
                .contains("Gekoppeld aan Jan de Vries");
        assertThat(database.getCollection("notes").countDocuments()).isOne();
        assertThat(plain(kept.get(kept.size() - 1))).startsWith("Zakelijk · vraag 2 van 9");

        assertThat(plain(say(ANNA, "/stop").get(0))).startsWith("Gestopt.");
        Account account = accounts.findByName(ANNA, "Fabrikam").get(0);
        assertThat(account.value().scores()).containsExactly(java.util.Map.entry(Criterion.REVENUE, 2));
        assertThat(plain(say(ANNA, "/waarde Fabrikam").get(1))).contains("(vorige keer: 2)");
    }

    @Test
    void aCommandMidwayIsAnsweredAndTheQuestionComesBack() {
        add(ANNA, "Jan de Vries", "Fabrikam");
        say(ANNA, "/waarde Fabrikam");
        List<Reply> interrupted = say(ANNA, "/accounts");
        assertThat(plain(interrupted.get(0))).startsWith("Je accounts (1)");
        assertThat(plain(interrupted.get(interrupted.size() - 1))).startsWith("Zakelijk · vraag 1 van 9");
    }

    @Test
    void thePortfolioCoachesFocusWhenTooManyAreAOrTheNotesGoToC() {
        for (String company : List.of("Alfa", "Bravo", "Charlie", "Delta", "Echo")) {
            add(ANNA, "Mr " + company, company + " BV");
        }
        for (String company : List.of("Alfa", "Bravo", "Charlie", "Delta")) {
            accounts.setTier(ANNA, accounts.findByName(ANNA, company).get(0).id(), Tier.A, TierReason.BY_HAND);
        }
        accounts.setTier(ANNA, accounts.findByName(ANNA, "Echo").get(0).id(), Tier.C, TierReason.BY_HAND);
        String tooMany = plain(say(ANNA, "/portfolio").get(0));
        assertThat(tooMany).contains("Je portfolio (5 accounts)").contains("A ████████░░ 4 (80 %)")
                .contains("4 A-klanten (80 %) zijn er te veel om ze allemaal echt aandacht te geven");

        add(ANNA, "Zoë Zwart", "Zulu");
        add(ANNA, "Yara Yilmaz", "Yankee");
        accounts.setTier(ANNA, accounts.findByName(ANNA, "Delta").get(0).id(), Tier.B, TierReason.BY_HAND);
        accounts.setTier(ANNA, accounts.findByName(ANNA, "Zulu").get(0).id(), Tier.C, TierReason.BY_HAND);
        accounts.setTier(ANNA, accounts.findByName(ANNA, "Yankee").get(0).id(), Tier.B, TierReason.BY_HAND);
        clock.advance(Duration.ofDays(-120));
        for (int i = 0; i < 4; i++) {
            say(ANNA, "Lang geleden bij Mr Alfa geweest, alles goed.");
        }
        clock.advance(Duration.ofDays(120));
        for (String note : List.of("Koffie met Mr Echo, niets nieuws.", "Zoë Zwart gebeld, gezellig.",
                "Mr Echo gebeld over de planning.", "Bij Mr Bravo langs geweest.", "Zoë Zwart wil een folder.")) {
            say(ANNA, note);
        }
        String portfolio = plain(say(ANNA, "/portfolio").get(0));
        assertThat(portfolio).doesNotContain("te veel")
                .contains("Je aandacht in de afgelopen drie maanden: 5 notities over deze accounts — A 1, B 0, C 4.")
                .contains("4 van je 5 notities gingen naar C-klanten. Investeren in een C-klant komt neer op geld weggooien")
                .contains("Al drie maanden geen notitie over deze A-klanten: Alfa BV, Charlie BV.");
    }

    @Test
    void everyAccountInOneTierIsTheTrapTheArticleNames() {
        for (String company : List.of("Alfa", "Bravo", "Charlie")) {
            add(ANNA, "Mr " + company, company);
            accounts.setTier(ANNA, accounts.findByName(ANNA, company).get(0).id(), Tier.B, TierReason.BY_HAND);
        }
        add(ANNA, "Mr Delta", "Delta");
        Reply portfolio = say(ANNA, "/portfolio").get(0);
        assertThat(plain(portfolio)).contains("Al je 3 gekozen accounts zijn B: „iedere klant is ons even lief” is de valkuil.")
                .contains("Nog niet gekozen: Delta.");
        assertThat(labels(portfolio)).isEqualTo("[⚖️ Delta]");
        assertThat(plain(press(ANNA, action(portfolio, "⚖️ Delta")).get(0))).startsWith("⚖️ De waarde van Delta");
    }

    @Test
    void inEnglishToo() {
        say(ANNA, "/language en");
        add(ANNA, "Jan de Vries", "Fabrikam");
        add(ANNA, "Tom Lee", "Fabrikam Ltd");
        List<Reply> listed = say(ANNA, "/accounts");
        assertThat(plain(listed.get(0))).contains("Your accounts (2)").contains("No tier yet (2)").contains("• Fabrikam — 1 person");
        assertThat(plain(listed.get(1))).contains("Are Fabrikam (1 person) and Fabrikam Ltd (1 person) the same company?");
        List<Reply> started = say(ANNA, "/value fabrikam ltd");
        assertThat(plain(started.get(1))).startsWith("Business · question 1 of 9\nRevenue: how much revenue does Fabrikam Ltd bring in");
        List<Reply> proposal = scoreAll(ANNA, List.of(started.get(1)), 1, 2, 1, 2, 1, 1, 2, 1, 1);
        Reply result = proposal.get(proposal.size() - 1);
        assertThat(plain(result)).startsWith("📊 Fabrikam Ltd: business 1.5 · professional 1.0 · strategic 1.3 (mean 1.3).")
                .contains("Proposal: C — barely valuable. For a C customer you do nothing extra");
        assertThat(plain(press(ANNA, action(result, "✅ Confirm C")).get(1)))
                .isEqualTo("✅ Fabrikam Ltd: C customer from now on, and so is the one person there (no set rhythm).");
        assertThat(plain(say(ANNA, "/portfolio").get(0))).contains("Your portfolio (2 accounts)").contains("Still without a tier: Fabrikam.");
    }

    @Test
    void nobodyReachesAnotherUsersAccountsNotEvenWithAForgedButton() {
        Contact jan = add(ANNA, "Jan de Vries", "Fabrikam");
        add(ANNA, "Tom Lee", "Fabrikam Ltd");
        add(BERT, "Bert Bos", "Contoso");
        Reply annasCard = say(ANNA, "/account Fabrikam").get(0);
        Reply annasQuestion = say(ANNA, "/accounts").get(1);
        Account fabrikam = accounts.findByName(ANNA, "Fabrikam").get(0);

        assertThat(plain(say(BERT, "/account Fabrikam").get(0))).startsWith("Ik ken geen account dat lijkt op „Fabrikam”.");
        assertThat(plain(say(BERT, "/waarde Fabrikam").get(0))).startsWith("Ik ken geen account");
        assertThat(plain(say(BERT, "/accounts").get(0))).doesNotContain("Fabrikam");
        for (Reply reply : List.of(annasCard, annasQuestion)) {
            for (List<Button> row : reply.buttons()) {
                for (Button button : row) {
                    assertThat(plain(press(BERT, button.action()).get(0))).as(button.action())
                            .isIn("Die knop geldt niet meer. Kijk bij /help hoe je verdergaat.", "Dat account is er niet (meer).");
                }
            }
        }
        assertThat(plain(press(BERT, "acc:s:" + fabrikam.id() + "x").get(0))).startsWith("Die knop geldt niet meer.");
        assertThat(accounts.all(ANNA)).hasSize(2);
        assertThat(accounts.find(ANNA, fabrikam.id()).orElseThrow().tier()).isNull();
        assertThat(contacts.find(ANNA, jan.id()).orElseThrow().tier()).isNull();
        assertThat(database.getCollection("conversations").countDocuments(new Document("_id", BERT))).isZero();
    }

    private List<Reply> say(long user, String text) {
        return coach.handle(new InboundEvent(user, user, "nl", new InboundEvent.Text(text)));
    }

    private List<Reply> press(long user, String action) {
        return coach.handle(new InboundEvent(user, user, "nl", new InboundEvent.ButtonPress(action, MESSAGE)));
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
