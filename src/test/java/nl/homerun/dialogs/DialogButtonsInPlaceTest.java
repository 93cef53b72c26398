package nl.homerun.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import nl.homerun.coach.Button;
import nl.homerun.coach.Coach;
import nl.homerun.coach.InboundEvent;
import nl.homerun.coach.Reply;

/**
 * An answered question shows its answer and loses its buttons; a question answered already only loses them; a task
 * taken from an offer is marked on its button; "go on?" is answered in place.
 */
@SpringBootTest(properties = "mongodb.embedded=memory")
class DialogButtonsInPlaceTest {

    private static final long USER = 7401;
    private static final String QUESTION = "7401:30";

    @Autowired
    Coach coach;
    @Autowired
    MongoDatabase database;

    @BeforeEach
    void clean() {
        database.getCollection("conversations").drop();
        database.getCollection("dialog_runs").drop();
        database.getCollection("followups").drop();
    }

    @Test
    void anAnsweredQuestionShowsTheAnswerInPlaceAndItsOfferIsMarkedOnceTaken() {
        Reply first = last(say("/checklist"));
        List<Reply> answered = press(first, "◐ Deels");
        Reply marked = answered.get(0);
        assertThat(marked.edit()).isEqualTo(new Reply.Edit(QUESTION, false, false));
        assertThat(marked.text()).startsWith(first.text()).endsWith("\n\n→ <b>◐ Deels</b>");
        assertThat(marked.buttons()).isEmpty();
        assertThat(answered.get(answered.size() - 1).text()).contains("Netwerkchecklist</b> · 2/7");

        Reply coaching = answered.get(1);
        assertThat(labels(coaching)).isEqualTo("[📌 Database bijwerken]");
        List<Reply> taken = press(coaching, "📌 Database bijwerken");
        assertThat(taken.get(0).edit()).isEqualTo(new Reply.Edit(QUESTION, true, false));
        assertThat(labels(taken.get(0))).isEqualTo("[✔️ Database bijwerken]");
        assertThat(taken.get(1).text()).startsWith("📌 Taak");
        List<Reply> again = press(taken.get(0), "✔️ Database bijwerken");
        assertThat(again.get(0).notice()).isTrue();
        assertThat(labels(again.get(1))).isEqualTo("[✔️ Database bijwerken]");

        // the first question tapped again: answered already, so its buttons go and it says so
        List<Reply> stale = press(first, "✅ Ja");
        assertThat(stale.get(0).edit()).isEqualTo(new Reply.Edit(QUESTION, true, false));
        assertThat(stale.get(0).buttons()).isEmpty();
        assertThat(stale.get(1).text()).startsWith("Dat antwoord was al binnen");
    }

    @Test
    void goingOnAfterAnInterruptionAnswersTheQuestionWhetherToGoOn() {
        say("/checklist");
        Reply goOn = last(say("/help"));
        assertThat(labels(goOn)).isEqualTo("[▶️ Verder] [⏹ Stoppen]");
        List<Reply> resumed = press(goOn, "▶️ Verder");
        assertThat(resumed.get(0).edit()).isEqualTo(new Reply.Edit(QUESTION, true, false));
        assertThat(resumed.get(1).text()).contains("Netwerkchecklist</b> · 1/7");

        Reply again = last(say("/help"));
        List<Reply> stopped = press(again, "⏹ Stoppen");
        assertThat(stopped.get(0).edit()).isEqualTo(new Reply.Edit(QUESTION, true, false));
        assertThat(stopped.get(1).text()).startsWith("Gestopt.");
    }

    @Test
    void aButtonOfAnEarlierRunIsNoAnswerInTheNextOne() {
        Reply firstRun = last(say("/checklist"));
        assertThat(last(say("/stop")).text()).startsWith("Gestopt.");
        Reply secondRun = last(say("/checklist"));
        assertThat(secondRun.text()).contains("Netwerkchecklist</b> · 1/7");

        List<Reply> old = press(firstRun, "✅ Ja");
        assertThat(old.stream().map(Reply::text).toList()).noneMatch(t -> t.contains("· 2/7"));
        assertThat(last(press(secondRun, "✅ Ja")).text()).contains("Netwerkchecklist</b> · 2/7");
    }

    @Test
    void everyActionRoundTripsWithinSixtyFourBytes() {
        List<DialogAction> actions = List.of(new DialogAction.Answer(Long.MAX_VALUE / 10, "a-very-long-option-id"),
                new DialogAction.PendingAsNote(12), new DialogAction.AskAgain(12), new DialogAction.Resume(),
                new DialogAction.TakeOffer("6b0f75091cae81e409e2faaf", 14),
                new DialogAction.PickContact(Long.MAX_VALUE / 10, "6b0f75091cae81e409e2faaf"),
                new DialogAction.AddContact(Long.MAX_VALUE / 10), new DialogAction.KeepName(12),
                new DialogAction.KeepCurrent(Long.MAX_VALUE / 10), new DialogAction.StartNew(12),
                new DialogAction.ResumeRun("6b0f75091cae81e409e2faaf"));
        for (DialogAction action : actions) {
            Button button = action.button("x");
            assertThat(button.action().getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(Button.MAX_ACTION_BYTES);
            assertThat(DialogAction.unpack(action.pack())).contains(action);
        }
        assertThat(DialogAction.unpack("a:7:yes")).contains(new DialogAction.Answer(7, "yes"));
        for (String forged : List.of("", "a:7", "a:x:yes", "n:7:yes", "o:abc", "o:abc:x", "z:1", "a:7:Yes!")) {
            assertThat(DialogAction.unpack(forged)).as(forged).isEmpty();
        }
    }

    private List<Reply> say(String text) {
        return coach.handle(new InboundEvent(USER, USER, "nl", new InboundEvent.Text(text)));
    }

    private List<Reply> press(Reply message, String label) {
        String action = message.buttons().stream().flatMap(List::stream).filter(b -> b.label().equals(label))
                .map(Button::action).findFirst().orElseThrow(() -> new AssertionError("No button " + label + " in " + labels(message)));
        return coach.handle(new InboundEvent(USER, USER, "nl", new InboundEvent.ButtonPress(action, QUESTION)));
    }

    private static Reply last(List<Reply> replies) {
        return replies.get(replies.size() - 1);
    }

    private static String labels(Reply reply) {
        return String.join("\n", reply.buttons().stream()
                .map(row -> String.join(" ", row.stream().map(b -> "[" + b.label() + "]").toList())).toList());
    }
}
