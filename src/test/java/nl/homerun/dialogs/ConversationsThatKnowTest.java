package nl.homerun.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import nl.homerun.Homerun;
import nl.homerun.MutableClock;
import nl.homerun.coach.Button;
import nl.homerun.coach.Coach;
import nl.homerun.coach.ConversationStore;
import nl.homerun.coach.InboundEvent;
import nl.homerun.coach.Reply;
import nl.homerun.contacts.Contact;
import nl.homerun.contacts.Contacts;
import nl.homerun.followups.FollowUp;
import nl.homerun.followups.FollowUps;
import nl.homerun.followups.TaskReminderButtons;
import nl.homerun.users.Language;

/**
 * A preparation conversation started with a name: it uses the contact and shows what is known of them, makes the task
 * for the call day, waits for the call days away (a clock the test moves), and its task's reminder leads back to the
 * last question. Nothing of it reaches another user.
 */
class ConversationsThatKnowTest {

    private static final long USER = 7401;
    private static final long OTHER = 7402;

    private ConfigurableApplicationContext app;
    private Coach coach;
    private MutableClock clock;
    private Contact sophie;

    @BeforeEach
    void start() {
        app = new SpringApplicationBuilder(Homerun.class, DialogSessionTest.Clocks.class).web(WebApplicationType.NONE)
                .properties("mongodb.embedded=memory", "homerun.conversation-timeout=PT12H").run();
        coach = app.getBean(Coach.class);
        clock = app.getBean(MutableClock.class);
        Contacts contacts = app.getBean(Contacts.class);
        sophie = contacts.add(USER, new Contacts.Draft("Sophie de Vries", "Bakkerij De Vries", "inkoper", null, null, null));
        contacts.setFact(USER, sophie.id(), Contact.Fact.SPORT, "hockey bij HDM");
        app.getBean(FollowUps.class).create(USER, "Offerte broodkratten sturen", LocalDate.of(2026, 3, 10), null, sophie.id());
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void theNameAfterTheCommandIsTheContactAndWhatIsKnownOfThemComesFirst() {
        say(USER, "Sophie de Vries klaagde dat de levering alweer te laat was.");

        String started = text(say(USER, "/nazorg sophie"));

        assertThat(started).contains("Dit weet je al van Sophie de Vries:", "inkoper, Bakkerij De Vries",
                "hockey bij HDM", "de levering alweer te laat was", "Offerte broodkratten sturen",
                "Nazorggesprek voorbereiden · 2/8", "Wanneer is het gesprek?").doesNotContain("Met wie heb je het gesprek?");
        // the word after the name is the date the next question asks for, not a name
        assertThat(text(say(USER, "overmorgen"))).contains("Nazorggesprek voorbereiden · 3/8");
    }

    @Test
    void aDayAfterTheNameAnswersTheDateQuestion() {
        List<Reply> started = say(USER, "/nazorg Sophie overmorgen");

        assertThat(text(started)).contains("Dit weet je al van Sophie de Vries:", "Kun je langsgaan?",
                "Nazorggesprek voorbereiden · 3/8").doesNotContain("Wanneer is het gesprek?", "Sophie overmorgen");
        assertThat(text(press(USER, button(started, "📌 Taak maken voor 4 maart 2026"))))
                .contains("Taak gemaakt: Nazorggesprek met Sophie de Vries. Uiterlijk 4 maart 2026");
    }

    @Test
    void aDayTypedWhereTheNameWasAskedIsKeptForTheDateQuestion() {
        say(USER, "/nazorg");
        String asked = text(say(USER, "overmorgen"));
        assertThat(asked).contains("Dat lijkt me een dag, geen naam: 4 maart 2026 neem ik mee", "1/8", "Met wie heb je het gesprek?")
                .doesNotContain("staat nog niet in je contacten");

        assertThat(text(say(USER, "Sophie"))).contains("Dit weet je al van Sophie de Vries:", "Kun je langsgaan?", "3/8")
                .doesNotContain("Wanneer is het gesprek?");
        assertThat(text(say(USER, "/nazorg overmorgen"))).contains("Je bent nog bezig met");
        // a day alone after the command: the person is asked, the day kept
        assertThat(text(say(OTHER, "/nazorg overmorgen"))).contains("Met wie heb je het gesprek?").doesNotContain("contacten");
        List<Reply> unknown = say(OTHER, "Piet Jansen");
        assertThat(text(unknown)).contains("Piet Jansen staat nog niet in je contacten");
        assertThat(text(press(OTHER, button(unknown, "Verder zonder contact")))).contains("Kun je langsgaan?", "3/8");
    }

    @Test
    void theCallDayGetsATaskForTheContactMadeOnce() {
        say(USER, "/nazorg Sophie");
        List<Reply> dated = say(USER, "overmorgen");
        String offer = button(dated, "📌 Taak maken voor 4 maart 2026");

        assertThat(text(press(USER, offer))).contains("Taak gemaakt: Nazorggesprek met Sophie de Vries. Uiterlijk 4 maart 2026");
        assertThat(text(press(USER, offer))).contains("Die taak had je al");

        List<FollowUp> tasks = app.getBean(FollowUps.class).openFor(USER, sophie.id());
        assertThat(tasks).filteredOn(t -> t.text().equals("Nazorggesprek met Sophie de Vries"))
                .singleElement().satisfies(t -> {
                    assertThat(t.due()).isEqualTo(LocalDate.of(2026, 3, 4));
                    assertThat(app.getBean(FollowUps.class).describe(t)).as("the name is not said twice")
                            .isEqualTo("Nazorggesprek met Sophie de Vries" + (sophie.account() == null ? "" : " — " + sophie.account()));
                });
    }

    @Test
    void theLastQuestionWaitsForTheCallDaysAwayAndTheTaskReminderLeadsBackToIt() {
        FollowUp task = preparedUpToWhatWasSaid();
        clock.advance(Duration.ofDays(3));

        assertThat(text(say(USER, "/verder"))).contains("Nazorggesprek voorbereiden · 8/8").doesNotContain("stond al lang stil");

        // the reminder of the call's task offers the way back; from it the question comes again
        Button back = app.getBean(TaskReminderButtons.class).button(task, Language.NL).orElseThrow();
        assertThat(back.label()).isEqualTo("📝 Wat is er gezegd?");
        assertThat(text(press(USER, back.action()))).contains("Nazorggesprek voorbereiden · 8/8");

        String finished = text(say(USER, "Ze willen volgende maand twee extra kratten per week."));
        assertThat(finished).contains("Nazorg bij Sophie de Vries op 4 maart 2026: vastgelegd");
        assertThat(app.getBean(TaskReminderButtons.class).button(task, Language.NL)).as("finished: no way back").isEmpty();
    }

    @Test
    void aConversationLeftForAnotherComesBackFromTheTaskReminderAtItsLastQuestion() {
        FollowUp task = preparedUpToWhatWasSaid();
        press(USER, button(say(USER, "/checklist"), "🆕 Nieuw: Netwerkchecklist"));
        String back = app.getBean(TaskReminderButtons.class).button(task, Language.NL).orElseThrow().action();

        // the checklist has no answers yet, so nothing is lost by going back
        String resumed = text(press(USER, back));
        assertThat(resumed).contains("Nazorggesprek voorbereiden · 8/8", "Na het gesprek: wat is er gezegd?");
        assertThat(text(say(USER, "Alles prima, ze bestellen in april meer."))).contains("Nazorg bij Sophie de Vries op 4 maart 2026");
    }

    @Test
    void aConversationReplacedByAnotherFeaturesComesBackFromTheTaskReminderWithItsAnswers() {
        FollowUp task = preparedUpToWhatWasSaid();
        say(USER, "/contact Piet Jansen"); // the add conversation of contacts takes the place of the waiting one
        String back = app.getBean(TaskReminderButtons.class).button(task, Language.NL).orElseThrow().action();

        assertThat(text(press(USER, back))).contains("Nazorggesprek voorbereiden · 8/8");
        assertThat(text(say(USER, "Ze willen meer kratten."))).contains("Nazorg bij Sophie de Vries op 4 maart 2026");
    }

    @Test
    void aConversationNotWaitingForACallStillClosesAfterTheTimeout() {
        say(USER, "/nazorg Sophie");
        clock.advance(Duration.ofHours(13));
        assertThat(text(say(USER, "/verder"))).contains("Er loopt geen gesprek om mee verder te gaan");
    }

    @Test
    void aWaitingConversationClosesAWeekAfterTheCallDay() {
        preparedUpToWhatWasSaid();
        clock.advance(Duration.ofDays(10));
        assertThat(text(say(USER, "/verder"))).contains("stond al lang stil", "Er loopt geen gesprek om mee verder te gaan");
    }

    @Test
    void anotherUserReachesNeitherTheConversationNorItsTaskNorTheContact() {
        FollowUp task = preparedUpToWhatWasSaid();
        String back = app.getBean(TaskReminderButtons.class).button(task, Language.NL).orElseThrow().action();
        assertThat(app.getBean(TaskReminderButtons.class).button(
                new FollowUp(task.id(), OTHER, task.text(), task.due(), null, null, false, task.createdAt()), Language.NL))
                .as("the other user's reminder of a task of that id").isEmpty();

        assertThat(text(press(OTHER, back))).doesNotContain("8/8", "Sophie");
        assertThat(app.getBean(ConversationStore.class).active(OTHER)).isEmpty();

        // the other user names someone unknown, then forges a pick of the first user's contact at their own version
        String typed = text(say(OTHER, "/nazorg Sophie"));
        assertThat(typed).contains("Sophie staat nog niet in je contacten").doesNotContain("Bakkerij");
        long version = app.getBean(ConversationStore.class).active(OTHER).orElseThrow().version();
        String forged = new DialogAction.PickContact(version, sophie.id()).button("x").action();
        assertThat(text(press(OTHER, forged))).doesNotContain("Sophie de Vries", "Bakkerij", "2/8");
        // and a forged offer of the first user's run makes no task
        String run = back.substring(back.lastIndexOf(':') + 1);
        press(OTHER, new DialogAction.TakeOffer(run, 1).button("x").action());
        assertThat(app.getBean(FollowUps.class).open(OTHER)).isEmpty();
    }

    /** /nazorg Sophie up to "what was said?", the call the day after tomorrow, its task made. */
    private FollowUp preparedUpToWhatWasSaid() {
        say(USER, "/nazorg Sophie");
        press(USER, button(say(USER, "overmorgen"), "📌 Taak maken voor 4 maart 2026"));
        List<Reply> referral = press(USER, button(USER, "/verder", "Verwijzingen"));
        assertThat(text(press(USER, button(referral, "❌ Nee")))).contains("Nazorggesprek voorbereiden · 8/8");
        return app.getBean(FollowUps.class).openFor(USER, sophie.id()).stream()
                .filter(t -> t.text().equals("Nazorggesprek met Sophie de Vries")).findFirst().orElseThrow();
    }

    private String button(long user, String command, String label) {
        return button(say(user, command), label);
    }

    private List<Reply> say(long user, String text) {
        return coach.handle(new InboundEvent(user, user, "nl", new InboundEvent.Text(text)));
    }

    private List<Reply> press(long user, String action) {
        return coach.handle(new InboundEvent(user, user, "nl", new InboundEvent.ButtonPress(action)));
    }

    private static String button(List<Reply> replies, String label) {
        return replies.stream().flatMap(r -> r.buttons().stream()).flatMap(List::stream)
                .filter(b -> b.label().equals(label)).map(Button::action).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no button " + label + " in " + Transcript.render(replies)));
    }

    private static String text(List<Reply> replies) {
        return Transcript.render(replies);
    }
}
