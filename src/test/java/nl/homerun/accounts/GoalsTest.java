package nl.homerun.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

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
import nl.homerun.coach.InboundEvent;
import nl.homerun.coach.Messages;
import nl.homerun.coach.Reply;
import nl.homerun.coach.Turn;
import nl.homerun.contacts.Contact.Tier;
import nl.homerun.contacts.Contacts;
import nl.homerun.users.UserAccounts;

/**
 * Revenue and goals through the coach: revenue typed with the command or after a button, in Dutch and English; the
 * goals per tier (defaults, changed with buttons or typed) and per account; the progress as text and chart; bad input
 * answered clearly with nothing lost; and nobody reaching another user's accounts or goals, not with forged buttons.
 */
@SpringBootTest(properties = "mongodb.embedded=memory")
class GoalsTest {

    private static final long ANNA = 9201;
    private static final long BERT = 9202;

    @TestConfiguration
    static class Setup {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2026-12-02T09:00:00Z"));
        }
    }

    @Autowired
    Coach coach;
    @Autowired
    Accounts accounts;
    @Autowired
    Contacts contacts;
    @Autowired
    MongoDatabase database;
    @Autowired
    MutableClock clock;
    @Autowired
    nl.homerun.coach.ConversationStore conversations;
    @Autowired
    GoalsOnCard card;
    @Autowired
    UserAccounts users;
    @Autowired
    Messages messages;

    private List<Reply> last = List.of();

    @BeforeEach
    void clean() {
        for (String name : database.listCollectionNames()) {
            database.getCollection(name).deleteMany(new Document());
        }
        clock.set(Instant.parse("2026-12-02T09:00:00Z"));
    }

    @Test
    void revenueTypedWithTheCommandInEitherLanguageIsRecordedPerYearAndReplacingSaysWhatItWas() {
        Account fabrikam = account(ANNA, "Fabrikam B.V.", Tier.A);

        assertThat(say(ANNA, "nl", "/omzet Fabrikam 2025 200k").get(0).text())
                .startsWith("💶 Omzet van <b>Fabrikam B.V.</b> in 2025: € 200.000.")
                .contains("Doel 2026: +20 % (het doel van type A), dus € 240.000.")
                .contains("De omzet van 2026 is nog niet ingevuld.");
        say(ANNA, "nl", "/omzet fabrikam bv 2026 1,2 mln");
        assertThat(last.get(0).text()).startsWith("💶 Omzet van <b>Fabrikam B.V.</b> in 2026: € 1.200.000.");
        assertThat(say(ANNA, "nl", "/omzet Fabrikam 2026 180.000").get(0).text())
                .startsWith("💶 Omzet van <b>Fabrikam B.V.</b> in 2026: € 180.000 (was € 1.200.000).")
                .contains("Omzet: 2025 € 200.000 · 2026 € 180.000").contains("Tot nu toe € 180.000: 75 % van het doel.");
        assertThat(reread(ANNA, fabrikam).revenue()).containsEntry(2025, 200_000L).containsEntry(2026, 180_000L).hasSize(2);

        Account contoso = account(BERT, "Contoso Ltd", Tier.B);
        assertThat(say(BERT, "en", "/revenue Contoso 2025 €1.2m").get(0).text())
                .startsWith("💶 Revenue of <b>Contoso Ltd</b> in 2025: €1,200,000.")
                .contains("Goal 2026: +10% (the goal of tier B), so €1,320,000.");
        assertThat(say(BERT, "en", "/revenue contoso 990,000").get(0).text()) // no year: this year's
                .startsWith("💶 Revenue of <b>Contoso Ltd</b> in 2026: €990,000.").contains("So far €990,000: 75% of the goal.");
        assertThat(reread(BERT, contoso).revenue()).containsEntry(2026, 990_000L);
    }

    @Test
    void theRevenueButtonAsksAndTheTypedAnswerIsRecordedAfterBadInputWithoutLosingTheAccount() {
        Account fabrikam = account(ANNA, "Fabrikam", Tier.A);
        Turn anna = turn(ANNA, "nl");
        AccountSection.Section section = card.section(anna, fabrikam).orElseThrow();
        assertThat(section.text()).contains("<b>Omzet en doel</b>").contains("Nog geen omzet ingevuld.");
        assertThat(section.buttons()).extracting(Button::label).containsExactly("💶 Omzet", "🎯 Doel");

        assertThat(press(ANNA, "nl", section.buttons().get(0).action()).get(0).text())
                .isEqualTo("Wat was de omzet van <b>Fabrikam</b>, en in welk jaar? Typ het zo: omzet 2026 240k "
                        + "(of 2026 240.000, 2026 1,2 mln). Alleen een bedrag is voor 2026.");
        assertThat(say(ANNA, "nl", "omzet 2026 een hoop").get(0).text())
                .isEqualTo("Ik kan \"een hoop\" niet als bedrag lezen. Een bedrag ziet eruit als 240k, 240.000, 1,2 mln of € 1,2 mln.\n"
                        + "Typ het opnieuw, bijvoorbeeld: omzet 2026 240k. Of /stop om het te laten.");
        assertThat(say(ANNA, "nl", "omzet 2062 240k").get(0).text())
                .startsWith("Voor 2062 houd ik geen omzet bij: kies een jaar van 1996 tot en met 2027.");
        assertThat(reread(ANNA, fabrikam).revenue()).isEmpty();
        assertThat(say(ANNA, "nl", "2025")).extracting(Reply::text)
                .containsExactly("Hoeveel omzet bracht <b>Fabrikam</b> in 2025? Typ het bedrag, bijvoorbeeld 240k, 240.000 of 1,2 mln.");
        assertThat(say(ANNA, "nl", "€ 200.000,-").get(0).text()).startsWith("💶 Omzet van <b>Fabrikam</b> in 2025: € 200.000.");
        assertThat(reread(ANNA, fabrikam).revenue()).containsEntry(2025, 200_000L);

        // the conversation is over: the next message is a note again
        assertThat(say(ANNA, "nl", "Jan van Fabrikam belde, ze willen een offerte voor 20 extra licenties.").get(0).text())
                .doesNotContain("bedrag");
        assertThat(database.getCollection("notes").countDocuments()).isOne();
    }

    @Test
    void aCommandWithABadAmountOrYearKeepsTheAccountAndAsksAgainInEnglishToo() {
        Account contoso = account(BERT, "Contoso", Tier.B);
        assertThat(say(BERT, "en", "/revenue contoso 2026 lots").get(0).text())
                .isEqualTo("I can't read \"lots\" as an amount. Amounts look like 240k, 240,000, 1.2m or €1.2m.\n"
                        + "Type it again, like: revenue 2026 240k. Or /stop to leave it.");
        assertThat(say(BERT, "en", "1.2m").get(0).text()).startsWith("💶 Revenue of <b>Contoso</b> in 2026: €1,200,000.");
        assertThat(say(BERT, "en", "/revenue contoso 2035 1m").get(0).text())
                .startsWith("I don't keep revenue for 2035: choose a year from 1996 through 2027.");
        assertThat(say(BERT, "en", "revenue 2025 1m").get(0).text()).startsWith("💶 Revenue of <b>Contoso</b> in 2025: €1,000,000.");
        assertThat(say(BERT, "en", "/revenue contoso").get(0).text()).startsWith("What was <b>Contoso</b>'s revenue, and in which year?")
                .contains("Revenue: 2025 €1,000,000 · 2026 €1,200,000");
        assertThat(say(BERT, "en", "/revenue").get(0).text()).startsWith("Record an account's revenue like this: /revenue Fabrikam 2026 240k");
        assertThat(reread(BERT, contoso).revenue()).containsEntry(2025, 1_000_000L).containsEntry(2026, 1_200_000L);
    }

    @Test
    void anUnknownAccountIsSaidAndWithFewAccountsTheAmountCanGoToOneOfThem() {
        Account fabrikam = account(ANNA, "Fabrikam", Tier.A);
        account(ANNA, "Contoso", null);
        assertThat(say(ANNA, "nl", "/omzet Initech 2026 1m").get(0).text())
                .isEqualTo("Ik ken geen account \"Initech\". Accounts zijn de bedrijven van je contacten; /accounts laat ze zien.\n"
                        + "Hoort de € 1.000.000 over 2026 bij een van deze?");
        assertThat(last.get(0).buttons()).extracting(row -> row.get(0).label()).containsExactly("Fabrikam [A]", "Contoso");
        assertThat(press(ANNA, "nl", button("Fabrikam [A]")).get(0).text()).startsWith("💶 Omzet van <b>Fabrikam</b> in 2026: € 1.000.000.");
        assertThat(last.get(0).isEdit()).isTrue();
        assertThat(reread(ANNA, fabrikam).revenue()).containsEntry(2026, 1_000_000L);

        assertThat(say(BERT, "en", "/revenue Initech 2026 1m").get(0).text()).startsWith("You have no accounts yet");
        assertThat(say(BERT, "en", "/goals Initech 10").get(0).text()).startsWith("You have no accounts yet");
    }

    @Test
    void aNameThatFitsSeveralAccountsAsksWhichAndTheButtonsCarryTheAmount() {
        Account north = account(ANNA, "Northwind Traders", Tier.B);
        account(ANNA, "Northwind Logistics", Tier.C);
        say(ANNA, "nl", "/omzet northwind 2026 240k");
        assertThat(last.get(0).text()).isEqualTo("Welk account bedoel je?");
        assertThat(last.get(0).buttons()).extracting(row -> row.get(0).label())
                .containsExactly("Northwind Logistics [C]", "Northwind Traders [B]");
        press(ANNA, "nl", button("Northwind Traders [B]"));
        assertThat(reread(ANNA, north).revenue()).containsEntry(2026, 240_000L);
        // the longest name wins: "Northwind Traders" is not "Northwind" and the rest
        say(ANNA, "nl", "/omzet Northwind Traders 2025 200k");
        assertThat(reread(ANNA, north).revenue()).containsEntry(2025, 200_000L);
    }

    @Test
    void goalsPerTierHaveTheMethodsDefaultsAndShowProgressPerTierAndAccountWithAChart() {
        Account fabrikam = account(ANNA, "Fabrikam", Tier.A);
        Account contoso = account(ANNA, "Contoso", Tier.A);
        Account initech = account(ANNA, "Initech", Tier.B);
        account(ANNA, "Zonder Type", null);
        revenue(ANNA, fabrikam, 2025, 200_000);
        revenue(ANNA, fabrikam, 2026, 180_000);
        revenue(ANNA, contoso, 2025, 100_000);
        revenue(ANNA, initech, 2025, 50_000);
        revenue(ANNA, initech, 2026, 60_000);

        List<Reply> goals = say(ANNA, "nl", "/doelen");
        String text = goals.get(0).text();
        assertThat(text).startsWith("🎯 <b>Doelen 2026</b>")
                .contains("<b>A</b> · doel +20 %\n€ 180.000 van € 360.000 (50 %); 1 van de 2 accounts hebben de omzet van 2026\n"
                        + "• Contoso: doel € 120.000, de omzet van 2026 nog niet ingevuld\n"
                        + "• Fabrikam: € 180.000 van € 240.000 (75 %)")
                .contains("<b>B</b> · doel +10 %\n€ 60.000 van € 55.000 (109 %)\n• Initech: € 60.000 van € 55.000 (109 %)")
                .contains("<b>C</b> · doel 0 % (gelijk blijven)\ngeen accounts")
                .contains("Zonder type, dus zonder doel: Zonder Type. Kies A, B of C met /waarde");
        assertThat(goals.get(0).buttons().get(0)).extracting(Button::label).containsExactly("🎯 A: +20 %", "🎯 B: +10 %", "🎯 C: 0 %");
        Reply chart = goals.get(1);
        assertThat(chart.attachment().mediaType()).isEqualTo("image/png");
        assertThat(chart.attachment().content()).startsWith(0x89, 'P', 'N', 'G');
        assertThat(chart.text()).isEqualTo("Doelen 2026 per type: de omzet van 2025, het doel en 2026 tot nu toe.");

        // English, the same numbers
        String english = say(BERT, "en", "/goals").get(0).text();
        assertThat(english).startsWith("🎯 <b>Goals 2026</b>").contains("<b>A</b> · goal +20%").contains("<b>C</b> · goal 0% (flat)")
                .doesNotContain("• Fabrikam");
    }

    @Test
    void aTiersGoalIsChangedWithTheButtonsOrTypedAndBackToItsDefault() {
        Account fabrikam = account(ANNA, "Fabrikam", Tier.A);
        revenue(ANNA, fabrikam, 2025, 200_000);
        say(ANNA, "nl", "/doelen");
        List<Reply> choices = press(ANNA, "nl", button("🎯 A: +20 %"));
        assertThat(choices.get(0).isEdit()).isTrue();
        assertThat(choices.get(0).text()).isEqualTo("Het doel voor je <b>A</b>-accounts: met hoeveel moet hun omzet groeien "
                + "ten opzichte van 2025? Nu +20 %.");
        assertThat(choices.get(0).buttons()).flatExtracting(row -> row).extracting(Button::label)
                .contains("✓ +20 %", "+25 %", "0 %", "-10 %", "✏️ Ander percentage", "⬅️ Terug").doesNotContain("↩️ Standaard (+20 %)");

        List<Reply> set = press(ANNA, "nl", button("+25 %"));
        assertThat(set.get(0).notice()).isTrue();
        assertThat(set.get(0).text()).isEqualTo("🎯 Het doel voor je A-accounts is nu +25 %.");
        assertThat(set.get(1).isEdit()).isTrue();
        assertThat(set.get(1).text()).contains("<b>A</b> · doel +25 %").contains("• Fabrikam: doel € 250.000");

        press(ANNA, "nl", button("🎯 A: +25 %"));
        assertThat(last.get(0).buttons()).flatExtracting(row -> row).extracting(Button::label).contains("✓ +25 %", "↩️ Standaard (+20 %)");
        press(ANNA, "nl", button("✏️ Ander percentage"));
        assertThat(last.get(1).text()).isEqualTo("Met hoeveel moet de omzet van je A-accounts groeien ten opzichte van vorig jaar? "
                + "Typ een percentage, bijvoorbeeld 15, +15% of -5 (\"standaard\" om terug te gaan).");
        assertThat(say(ANNA, "nl", "heel veel").get(0).text()).startsWith("Ik kan \"heel veel\" niet als doel lezen.");
        assertThat(say(ANNA, "nl", "+600%").get(0).text()).contains("van -100 tot +500");
        List<Reply> typed = say(ANNA, "nl", "+35%");
        assertThat(typed.get(0).text()).isEqualTo("🎯 Het doel voor je A-accounts is nu +35 %.");
        assertThat(typed.get(1).text()).contains("<b>A</b> · doel +35 %");
        assertThat(typed.get(1).edit().messageRef()).isEqualTo("m1"); // the overview the button was pressed under

        say(ANNA, "nl", "/doelen c -5");
        assertThat(last.get(0).text()).isEqualTo("🎯 Het doel voor je C-accounts is nu -5 %.");
        say(ANNA, "nl", "/doelen A standaard");
        assertThat(last.get(0).text()).isEqualTo("🎯 Het doel voor je A-accounts is nu +20 %.");
        assertThat(say(ANNA, "nl", "/doelen").get(0).text()).contains("<b>A</b> · doel +20 %").contains("<b>C</b> · doel -5 %");
    }

    @Test
    void anAccountsOwnGoalOverridesItsTiersAndCanGoBack() {
        Account fabrikam = account(ANNA, "Fabrikam", Tier.A);
        revenue(ANNA, fabrikam, 2025, 200_000);
        revenue(ANNA, fabrikam, 2026, 180_000);

        assertThat(say(ANNA, "nl", "/doelen fabrikam 30").get(0).text())
                .startsWith("🎯 <b>Fabrikam</b> heeft nu een eigen doel: +30 %.")
                .contains("Doel 2026: +30 % (eigen doel), dus € 260.000.").contains("Tot nu toe € 180.000: 69 % van het doel.");
        assertThat(say(ANNA, "nl", "/doelen").get(0).text()).contains("• Fabrikam (eigen doel +30 %): € 180.000 van € 260.000 (69 %)");

        List<Reply> choices = press(ANNA, "nl", new GoalsAction.AccountGoal(fabrikam.id()).button("x").action());
        assertThat(choices.get(0).text()).isEqualTo("Het doel voor <b>Fabrikam</b>: met hoeveel moet de omzet groeien ten opzichte "
                + "van vorig jaar? Nu +30 % (eigen doel).");
        assertThat(choices.get(0).buttons()).flatExtracting(row -> row).extracting(Button::label)
                .contains("✓ +30 %", "↩️ Dat van het type (A: +20 %)");
        assertThat(press(ANNA, "nl", button("↩️ Dat van het type (A: +20 %)")).get(0).text())
                .startsWith("🎯 <b>Fabrikam</b> volgt weer het doel van zijn type (A: +20 %).");
        assertThat(reread(ANNA, fabrikam).goalPercent()).isNull();

        press(ANNA, "nl", new GoalsAction.AccountGoal(fabrikam.id()).button("x").action());
        press(ANNA, "nl", button("✏️ Ander percentage"));
        assertThat(last.get(1).text()).startsWith("Met hoeveel moet de omzet van <b>Fabrikam</b> groeien");
        assertThat(say(ANNA, "nl", "12,5 %").get(0).text()).startsWith("🎯 <b>Fabrikam</b> heeft nu een eigen doel: +13 %.");
        assertThat(reread(ANNA, fabrikam).goalPercent()).isEqualTo(13);
        // a figure after the name is the goal, not a typo in the name ("fabrikam 5" is one letter off "fabrikam")
        say(ANNA, "nl", "/doelen fabrikam 5");
        assertThat(reread(ANNA, fabrikam).goalPercent()).isEqualTo(5);

        // an account without a tier has no goal until it is given one
        Account loose = account(ANNA, "Zonder Type", null);
        assertThat(card.section(turn(ANNA, "nl"), loose).orElseThrow().text())
                .contains("Nog geen doel: geef het account een type (A, B of C) of een eigen doel.");
    }

    @Test
    void aNoteTypedWhileAFigureIsAskedForIsKeptAsANote() {
        Account fabrikam = account(ANNA, "Fabrikam", Tier.A);
        press(ANNA, "nl", new GoalsAction.AskRevenue(fabrikam.id()).button("x").action());
        List<Reply> replies = say(ANNA, "nl", "Jan belde, ze zijn niet blij met de levering van vorige week.");
        assertThat(replies.get(0).text()).startsWith("Dat lijkt me eerder een notitie dan een antwoord");
        assertThat(database.getCollection("notes").countDocuments()).isOne();
        assertThat(conversations.active(ANNA)).isEmpty();
        assertThat(reread(ANNA, fabrikam).revenue()).isEmpty();
    }

    @Test
    void anotherUserReachesNeitherTheAccountsNorTheGoalsNotWithForgedButtons() {
        Account fabrikam = account(ANNA, "Fabrikam", Tier.A);
        revenue(ANNA, fabrikam, 2025, 200_000);
        say(ANNA, "nl", "/doelen A 25");
        account(BERT, "Contoso", Tier.A);

        for (GoalsAction forged : List.of(new GoalsAction.RecordRevenue(fabrikam.id(), 2026, 1), new GoalsAction.AskRevenue(fabrikam.id()),
                new GoalsAction.SetAccountGoal(fabrikam.id(), 50), new GoalsAction.SetAccountGoal(fabrikam.id(), null),
                new GoalsAction.TypeAccountGoal(fabrikam.id()), new GoalsAction.ShowAccount(fabrikam.id()),
                new GoalsAction.AccountGoal(fabrikam.id()), new GoalsAction.AccountChart(fabrikam.id()))) {
            assertThat(press(BERT, "en", forged.button("x").action())).as(forged.toString()).extracting(Reply::text)
                    .containsExactly("That account is not there (any more).");
        }
        assertThat(database.getCollection("conversations").countDocuments()).isZero();
        assertThat(say(BERT, "en", "/revenue Fabrikam 2026 1m").get(0).text()).startsWith("I don't know an account \"Fabrikam\".");
        assertThat(say(BERT, "en", "/goals fabrikam 50").get(0).text()).startsWith("I don't know an account \"fabrikam 50\".");
        assertThat(say(BERT, "en", "/goals").get(0).text()).contains("<b>A</b> · goal +20%").doesNotContain("• Fabrikam");
        assertThat(card.section(turn(BERT, "en"), fabrikam)).isEmpty();

        Account untouched = reread(ANNA, fabrikam);
        assertThat(untouched.revenue()).containsOnlyKeys(2025);
        assertThat(untouched.goalPercent()).isNull();

        // forged goals out of range, or buttons this version does not know, change nothing
        press(ANNA, "nl", "goal:tg:A:999");
        press(ANNA, "nl", "goal:ag:" + fabrikam.id() + ":-999");
        press(ANNA, "nl", "goal:rev:" + fabrikam.id() + ":2090:5");
        press(ANNA, "nl", "goal:whatever");
        assertThat(say(ANNA, "nl", "/doelen").get(0).text()).contains("<b>A</b> · doel +25 %");
        assertThat(reread(ANNA, fabrikam).goalPercent()).isNull();
        assertThat(reread(ANNA, fabrikam).revenue()).containsOnlyKeys(2025);
    }

    @Test
    void theTierGoalsAreExportedAndErasedWithTheUsersData() {
        say(ANNA, "nl", "/doelen B 15");
        say(BERT, "en", "/goals B 5");
        Reply export = say(ANNA, "nl", "/export").get(0);
        Document json = Document.parse(new String(export.attachment().content(), StandardCharsets.UTF_8));
        List<Document> goals = json.get("collections", Document.class).getList("account_goals", Document.class);
        assertThat(goals).hasSize(1);
        assertThat(goals.get(0).get("B")).isEqualTo(15);

        press(ANNA, "nl", button(say(ANNA, "nl", "/wissen"), "🗑 Ja, alles wissen"));
        assertThat(database.getCollection("account_goals").countDocuments(new Document("_id", ANNA))).isZero();
        assertThat(database.getCollection("account_goals").countDocuments(new Document("_id", BERT))).isOne();
    }

    @Test
    void inJanuaryTheYearJustEndedIsReportedUntilTheNewYearHasRevenue() {
        Account fabrikam = account(ANNA, "Fabrikam", Tier.A);
        revenue(ANNA, fabrikam, 2025, 200_000);
        revenue(ANNA, fabrikam, 2026, 250_000);
        clock.set(Instant.parse("2027-01-05T09:00:00Z"));
        assertThat(say(ANNA, "nl", "/doelen").get(0).text()).startsWith("🎯 <b>Doelen 2026</b>")
                .contains("• Fabrikam: € 250.000 van € 240.000 (104 %)");
        assertThat(last.get(0).buttons()).flatExtracting(row -> row).extracting(Button::label).contains("2027 ▶️");
        assertThat(press(ANNA, "nl", button("2027 ▶️")).get(0).text()).startsWith("🎯 <b>Doelen 2027</b>")
                .contains("• Fabrikam: doel € 300.000, de omzet van 2027 nog niet ingevuld");
        revenue(ANNA, fabrikam, 2027, 10_000);
        assertThat(say(ANNA, "nl", "/doelen").get(0).text()).startsWith("🎯 <b>Doelen 2027</b>");
        assertThat(say(ANNA, "nl", "/doelen 2026").get(0).text()).startsWith("🎯 <b>Doelen 2026</b>");
        assertThat(say(ANNA, "nl", "/doelen 2050").get(0).text()).startsWith("Voor 2050 houd ik geen omzet bij");
    }

    private Account account(long owner, String company, Tier tier) {
        contacts.add(owner, new Contacts.Draft("Iemand van " + company, company, null, null, null, null));
        Account account = accounts.findByName(owner, company).get(0);
        if (tier != null) {
            accounts.setTier(owner, account.id(), tier, TierReason.BY_HAND);
        }
        return accounts.find(owner, account.id()).orElseThrow();
    }

    private void revenue(long owner, Account account, int year, long euros) {
        accounts.recordRevenue(owner, account.id(), year, euros);
    }

    private Account reread(long owner, Account account) {
        return accounts.find(owner, account.id()).orElseThrow();
    }

    private Turn turn(long user, String language) {
        return new Turn(users.visit(user, language), new InboundEvent(user, user, language, new InboundEvent.Text("-")), messages);
    }

    private List<Reply> say(long user, String language, String text) {
        last = coach.handle(new InboundEvent(user, user, language, new InboundEvent.Text(text)));
        return last;
    }

    private List<Reply> press(long user, String language, String action) {
        last = coach.handle(new InboundEvent(user, user, language, new InboundEvent.ButtonPress(action, "m1")));
        return last;
    }

    private String button(String label) {
        return button(last, label);
    }

    private static String button(List<Reply> replies, String label) {
        return replies.stream().flatMap(r -> r.buttons().stream()).flatMap(List::stream).filter(b -> b.label().equals(label))
                .map(Button::action).findFirst().orElseThrow(() -> new AssertionError("no button " + label + " in " + replies));
    }
}
