package nl.homerun.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
import nl.homerun.notes.OpenSignals;
import nl.homerun.users.Language;

/**
 * /accountbespreking through the coach: the account is the company on the contacts, whatever its spelling, and what is
 * known of it comes first; the meeting day gets a task; the checklists are ticked and edited in place, by button and by
 * typing; the agenda holds the open goals ticked and nothing hidden; the note afterwards is read as any note. Nothing of
 * it reaches another user, not even with forged buttons.
 */
class AccountMeetingTest {

    private static final long USER = 7501;
    private static final long OTHER = 7502;

    private ConfigurableApplicationContext app;
    private Coach coach;
    private MutableClock clock;
    private Contact jan;
    private Contact petra;

    @BeforeEach
    void start() {
        app = new SpringApplicationBuilder(Homerun.class, DialogSessionTest.Clocks.class).web(WebApplicationType.NONE)
                .properties("mongodb.embedded=memory", "homerun.conversation-timeout=PT12H").run();
        coach = app.getBean(Coach.class);
        clock = app.getBean(MutableClock.class);
        Contacts contacts = app.getBean(Contacts.class);
        jan = contacts.add(USER, new Contacts.Draft("Jan de Vries", "Fabrikam B.V.", "inkoper", null, null, null));
        petra = contacts.add(USER, new Contacts.Draft("Petra Jansen", "fabrikam bv", "directeur", null, null, null));
        contacts.add(USER, new Contacts.Draft("Kees Bakker", "Bakkerij Bakker", null, null, null, null));
        app.getBean(FollowUps.class).create(USER, "Offerte licenties sturen", LocalDate.of(2026, 3, 10), null, petra.id());
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void theAccountIsTheCompanyOnTheContactsWhateverItsSpellingAndWhatIsKnownOfItComesFirst() {
        say(USER, "Jan de Vries is boos dat de levering alweer te laat was.");

        String started = text(say(USER, "/accountbespreking FABRIKAM overmorgen"));

        assertThat(started).contains("Dit weet je al van", "• Jan de Vries, inkoper", "• Petra Jansen, directeur",
                "de levering alweer te laat was", "Offerte licenties sturen", "Externe accountbespreking · 3/6",
                "Onze betere toegevoegde waarde voor Jan de Vries (inkoper)",
                "Onze betere toegevoegde waarde voor Petra Jansen (directeur)")
                .doesNotContain("Kees Bakker", "Met welke account", "Wanneer is de bespreking?", "ken je de rol nog niet");
        assertThat(app.getBean(ConversationStore.class).active(USER).map(c -> DialogState.of(c).account()))
                .as("the run is about the company, as its contacts spell it").hasValueSatisfying(a -> assertThat(a).startsWith("Fabrikam"));
    }

    @Test
    void theMeetingDayGetsATaskOnceAndItsReminderLeadsBackToTheNoteWhichIsReadAsAnyNote() {
        List<Reply> dated = say(USER, "/accountbespreking Fabrikam overmorgen");
        String offer = button(dated, "📌 Taak maken voor 4 maart 2026");
        assertThat(text(press(USER, offer))).contains("Taak gemaakt: Accountbespreking met Fabrikam");
        assertThat(text(press(USER, offer))).contains("Die taak had je al");
        List<FollowUp> tasks = app.getBean(FollowUps.class).open(USER).stream()
                .filter(t -> t.text().startsWith("Accountbespreking met")).toList();
        assertThat(tasks).as("made once").hasSize(1);
        FollowUp task = tasks.get(0);
        assertThat(task.due()).isEqualTo(LocalDate.of(2026, 3, 4));

        List<Reply> own = press(USER, button(dated, "➡️ Klaar"));
        List<Reply> theirs = press(USER, button(own, "➡️ Klaar"));
        assertThat(text(press(USER, button(theirs, "➡️ Klaar")))).contains("Externe accountbespreking · 6/6");
        clock.advance(Duration.ofDays(3));

        Button back = app.getBean(TaskReminderButtons.class).button(task, Language.NL).orElseThrow();
        assertThat(text(press(USER, back.action()))).contains("Externe accountbespreking · 6/6", "Na de bespreking: wat is er gezegd?");
        String finished = text(say(USER, "Petra was enthousiast. Jan vindt het jammer dat de facturen nog steeds niet kloppen."));

        assertThat(finished).contains("Stille klacht", "de facturen nog steeds niet kloppen", "Gekoppeld aan",
                "Accountbespreking met Fabrikam", "op 4 maart 2026: vastgelegd");
        assertThat(app.getBean(OpenSignals.class).about(USER, List.of(jan.id()))).extracting(OpenSignals.Open::sentence)
                .contains("Jan vindt het jammer dat de facturen nog steeds niet kloppen.");
        assertThat(text(say(USER, "/voortgang"))).contains("Externe accountbespreking (Fabrikam");
        assertThat(text(say(USER, "/accountbespreking fabrikam"))).as("the next time, when it was last prepared")
                .contains("Het laatst voorbereid op 5 maart 2026");
    }

    @Test
    void buttonsChangeTheListInPlaceAndTheAgendaHoldsOnlyTheOpenGoalsTicked() {
        List<Reply> list = say(USER, "/accountbespreking Fabrikam overmorgen");
        String untick = button(list, "✅ 5");

        List<Reply> unticked = press(USER, untick);
        assertThat(unticked).singleElement().satisfies(r -> {
            assertThat(r.isEdit()).as("changed in place").isTrue();
            assertThat(r.edit().orNew()).isTrue();
        });
        assertThat(text(unticked)).contains("⬜ 5. Managementondersteuning, training en begeleiding", "[⬜ 5]");
        assertThat(text(press(USER, untick))).as("a second tap of the same button leaves it unticked")
                .contains("⬜ 5. Managementondersteuning").doesNotContain("✅ 5.");

        List<Reply> choose = press(USER, button(unticked, "✏️ Punt aanpassen"));
        assertThat(text(choose)).contains("Welk punt wil je aanpassen?", "[✏️ 3]").doesNotContain("[✅ 1]");
        assertThat(text(press(USER, button(choose, "✏️ 3")))).contains("✏️ 3. Onze betere", "Typ de nieuwe tekst voor punt 3.");
        List<Reply> edited = say(USER, "Jan de Vries (inkoper): kortere levertijden");
        assertThat(text(edited)).contains("✅ 3. Jan de Vries (inkoper): kortere levertijden", "[✅ 3]", "✏️ Punt 3 aangepast.");
        assertThat(edited.get(0).edit().messageRef()).as("typed, the list changes where it is shown").isEqualTo("m" + USER);
        assertThat(text(say(USER, "Nieuwe prijslijst toelichten"))).contains("➕ Toegevoegd als punt 8.", "✅ 8. Nieuwe prijslijst toelichten");

        List<Reply> own = press(USER, button(edited, "➡️ Klaar"));
        assertThat(own.get(0).isEdit()).as("the list as answered, in place").isTrue();
        assertThat(text(own)).contains("Externe accountbespreking · 4/6");
        List<Reply> ownTicked = press(USER, button(own, "⬜ 4"));
        List<Reply> theirs = press(USER, button(ownTicked, "➡️ Klaar"));
        List<Reply> done = press(USER, button(press(USER, button(theirs, "⬜ 1")), "➡️ Klaar"));

        Reply agenda = done.stream().filter(r -> r.text().startsWith("<b>Agenda accountbespreking")).findFirst().orElseThrow();
        assertThat(agenda.hasButtons()).as("a message of its own, to forward or copy").isFalse();
        assertThat(agenda.text()).contains("4 maart 2026", "1. De waarde van de huidige relatie vaststellen",
                "3. Jan de Vries (inkoper): kortere levertijden", "7. Nieuwe prijslijst toelichten")
                .doesNotContain("Managementondersteuning", "Voorstellen doen", "bedekt");
        assertThat(text(done)).contains("Voor jezelf, niet op de agenda", "1. Voorstellen doen voor de korte en de lange termijn",
                "1. De resultaten tot nu toe bedekt bespreken", "Externe accountbespreking · 6/6");
        assertThat(text(press(USER, untick))).as("the question is over: its old buttons do nothing").contains("was al binnen");
    }

    @Test
    void typedAtAChecklistANumberTicksAColonEditsDoneEndsAndANoteIsAskedAbout() {
        say(USER, "/accountbespreking Fabrikam overmorgen");

        assertThat(text(say(USER, "2"))).contains("⬜ Punt 2 uitgevinkt.", "⬜ 2. De huidige resultaten");
        assertThat(text(say(USER, "1: De waarde van onze samenwerking in 2025"))).contains("✅ 1. De waarde van onze samenwerking in 2025");
        assertThat(text(say(USER, "12"))).contains("die loopt van 1 tot en met 7");
        assertThat(text(say(USER, "x"))).contains("Tik op een nummer");
        String note = "Vandaag Jan gesproken. " + "Hij wil graag een nieuwe offerte voor de uitbreiding van het magazijn. ".repeat(4);
        List<Reply> asked = say(USER, note);
        assertThat(text(asked)).contains("Was dit een bezoeknotitie, of een antwoord op de vraag?");
        assertThat(text(press(USER, button(asked, "📝 Een bezoeknotitie")))).contains("📝 Genoteerd", "Externe accountbespreking · 3/6",
                "✅ 1. De waarde van onze samenwerking in 2025").doesNotContain("✅ 8.");

        assertThat(text(say(USER, "klaar"))).contains("Externe accountbespreking · 4/6");
        String run = runOf(USER);
        say(USER, "/stop");
        DialogRun stopped = app.getBean(DialogRunRepository.class).find(USER, run).orElseThrow();
        assertThat(stopped.finished()).isFalse();
        assertThat(Questions.label(Language.NL, app.getBean(ScriptLibrary.class).find("account-meeting").orElseThrow().step("open-goals"),
                stopped.answers().get("open-goals"))).as("the answers so far are kept, the checklist with them")
                .contains("1. De waarde van onze samenwerking in 2025").doesNotContain("De huidige resultaten");
    }

    @Test
    void aCompanyNoContactWorksForGoesOnAsTypedWithOnePointForTheWholeTeam() {
        String unknown = text(say(USER, "/accountbespreking Northwind"));
        assertThat(unknown).contains("Northwind is geen bedrijf van een van je contacten", "[Verder met “Northwind”]");
        List<Reply> typedAgain = say(USER, "fabrikam");
        assertThat(text(typedAgain)).contains("Dit weet je al van", "Wanneer is de bespreking?");
        say(USER, "/stop");

        List<Reply> asked = say(USER, "/accountbespreking Northwind");
        String dated = text(press(USER, button(asked, "Verder met “Northwind”")));
        assertThat(dated).contains("Wanneer is de bespreking?").doesNotContain("Dit weet je al");
        assertThat(text(say(USER, "morgen"))).contains("Onze betere toegevoegde waarde voor elk lid van het besluitvormend team")
                .doesNotContain("toegevoegde waarde voor Jan");
    }

    @Test
    void aPersonsNameIsAskedAboutAsTheirCompany() {
        List<Reply> asked = say(USER, "/accountbespreking Petra");
        assertThat(text(asked)).contains("Welk bedrijf bedoel je met Petra?", "(2 mensen)]", "[Verder met “Petra”]");
        assertThat(text(press(USER, button(asked, asked.get(asked.size() - 1).buttons().get(0).get(0).label()))))
                .contains("• Jan de Vries, inkoper", "Wanneer is de bespreking?");
    }

    @Test
    void anotherUserReachesNeitherTheAccountNorTheChecklistNorItsTask() {
        say(USER, "Jan de Vries is boos dat de levering alweer te laat was.");
        List<Reply> list = say(USER, "/accountbespreking Fabrikam overmorgen");
        String run = runOf(USER);

        String theirs = text(say(OTHER, "/accountbespreking Fabrikam"));
        assertThat(theirs).contains("Fabrikam is geen bedrijf van een van je contacten").doesNotContain("Jan de Vries", "levering");
        assertThat(app.getBean(OpenSignals.class).about(OTHER, List.of(jan.id(), petra.id()))).isEmpty();

        // forged buttons of the first user's run: nothing changes, nothing is shown
        for (DialogAction forged : List.of(new DialogAction.Tick(run, 2, 0, false), new DialogAction.EditPoint(run, 2, 0),
                new DialogAction.ChooseEdit(run, 2), new DialogAction.ChecklistDone(run, 2))) {
            assertThat(text(press(OTHER, forged.button("x").action()))).as(forged.pack()).contains("was al binnen")
                    .doesNotContain("Fabrikam", "Jan de Vries");
        }
        long version = app.getBean(ConversationStore.class).active(OTHER).orElseThrow().version();
        assertThat(text(press(OTHER, new DialogAction.PickAccount(version, jan.id()).button("x").action())))
                .doesNotContain("Jan de Vries", "inkoper", "2/6");
        press(OTHER, new DialogAction.TakeOffer(run, 1).button("x").action());
        assertThat(app.getBean(FollowUps.class).open(OTHER)).isEmpty();

        // the first user's list is as it was, and still theirs to tick
        assertThat(text(say(USER, "/verder"))).contains("✅ 1. De waarde van de huidige relatie vaststellen", "3/6");
        assertThat(text(press(USER, button(list, "✅ 1")))).contains("⬜ 1. De waarde");
    }

    /** The id of the user's conversation's run. */
    private String runOf(long user) {
        return DialogState.of(app.getBean(ConversationStore.class).active(user).orElseThrow()).runId();
    }

    private List<Reply> say(long user, String text) {
        return coach.handle(new InboundEvent(user, user, "nl", new InboundEvent.Text(text)));
    }

    private List<Reply> press(long user, String action) {
        return coach.handle(new InboundEvent(user, user, "nl", new InboundEvent.ButtonPress(action, "m" + user)));
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
