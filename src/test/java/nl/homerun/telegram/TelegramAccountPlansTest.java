package nl.homerun.telegram;

import static nl.homerun.telegram.ChatDriver.plain;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.homerun.contacts.Contact;
import nl.homerun.contacts.Contacts;
import nl.homerun.followups.FollowUp;
import nl.homerun.followups.FollowUps;

/**
 * Issue 11's walk-through in Telegram, through the real client and a fake Bot API: five companies on contacts become
 * accounts, each is scored to a tier, revenue gives a goal with progress and its chart, and the A accounts get a 4P
 * plan whose activities are tasks (which the reminders remind of) for their people.
 */
class TelegramAccountPlansTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String[] FAST = {"telegram.chat-messages-per-second=100", "telegram.chat-burst=100"};
    private static final long USER = 1101;

    private FakeBotApi api;
    private ChatDriver chat;

    @BeforeEach
    void startApi() throws Exception {
        api = new FakeBotApi();
        chat = new ChatDriver(api, USER, "nl");
    }

    @AfterEach
    void stopApi() {
        api.close();
    }

    @Test
    void fiveCompaniesOnContactsBecomeTieredAccountsWithGoalsAndTheAAccountsGetAPlanThatMakesTasks() {
        try (RunningBot bot = RunningBot.start(api, FAST)) {
            Contacts contacts = bot.bean(Contacts.class);
            Contact jan = contacts.add(USER, new Contacts.Draft("Jan de Vries", "Fabrikam B.V.", null, null, null, null));
            Contact eva = contacts.add(USER, new Contacts.Draft("Eva Claes", "Contoso", null, null, null, null));
            contacts.add(USER, new Contacts.Draft("Kees Kok", "Initech", null, null, null, null));
            contacts.add(USER, new Contacts.Draft("Lisa Bos", "Globex", null, null, null, null));
            contacts.add(USER, new Contacts.Draft("Tom Smit", "Umbrella Zorg", null, null, null, null));

            assertThat(plain(chat.say("/accounts", c -> plain(c).contains("Je accounts (5)")))).contains("Nog niet gekozen (5)");

            score("fabrikam", 5, "A");
            score("contoso", 4, "A");
            score("initech", 3, "B");
            score("globex", 3, "B");
            score("umbrella", 1, "C");
            FakeBotApi.Call tiers = chat.say("/accounts", c -> plain(c).contains("Je accounts (5)"));
            assertThat(plain(tiers)).contains("A — bijzonder waardevol (2)").contains("B — enigszins waardevol (2)")
                    .contains("C — nauwelijks waardevol (1)");
            assertThat(contacts.find(USER, jan.id()).orElseThrow().tier()).isEqualTo(Contact.Tier.A);

            chat.say("/omzet fabrikam 2025 200.000", c -> plain(c).contains("200.000"));
            chat.say("/omzet fabrikm 2026 230k", c -> plain(c).contains("230.000"));
            Predicate<FakeBotApi.Call> progress = chat.after(c -> c.is("sendMessage") && plain(c).contains("Fabrikam"));
            FakeBotApi.Call chart = chat.say("/doelen", c -> c.is("sendPhoto"));
            assertThat(chart.body().path("photo").asText()).startsWith("attach://");
            assertThat(plain(api.await(progress, WAIT))).contains("A · doel +20 %").contains("Fabrikam B.V.: € 230.000 van € 240.000 (96 %)");

            plan("fabrikam");
            plan("contoso");
            List<FollowUp> tasks = bot.bean(FollowUps.class).open(USER);
            assertThat(tasks).extracting(FollowUp::contactId).containsExactlyInAnyOrder(jan.id(), eva.id());
            assertThat(plain(chat.say("/taken", c -> plain(c).contains("Open taken (2)")))).contains("Factuurproces");

            FakeBotApi.Call plan = chat.say("/plan fabrikam", c -> plain(c).contains("0 van 1 activiteiten klaar"));
            FakeBotApi.Call pdf = chat.press(plan, "📄 PDF", c -> c.is("sendDocument"));
            assertThat(pdf.body().path("document").asText()).startsWith("attach://").endsWith(".pdf");
        }
    }

    /** Runs the value conversation with one score for every question and confirms the proposed tier. */
    private void score(String account, int score, String tier) {
        FakeBotApi.Call question = chat.say("/waarde " + account, c -> plain(c).contains("vraag 1 van 9"));
        for (int i = 2; i <= 10; i++) {
            int next = i;
            question = chat.press(question, String.valueOf(score),
                    c -> next <= 9 ? plain(c).contains("vraag " + next + " van 9") : plain(c).contains("Voorstel: " + tier + " "));
        }
        chat.press(question, tier + " bevestigen", c -> plain(c).contains("is nu een " + tier + "-klant"));
    }

    /** Opens the account's plan, takes the first suggestion for Process, and waits for it to be in the plan. */
    private void plan(String account) {
        FakeBotApi.Call plan = chat.say("/plan " + account, c -> plain(c).contains("4P"));
        FakeBotApi.Call process = chat.press(plan, "3 · Proces", c -> c.buttonLabels().contains("➕ Factuurproces"));
        chat.press(process, "➕ Factuurproces", c -> plain(c).contains("Factuurproces afstemmen"));
    }

}
