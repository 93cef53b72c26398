package nl.homerun.followups;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
import nl.homerun.coach.Html;
import nl.homerun.coach.InboundEvent;
import nl.homerun.coach.Reply;

/** A ticked task is shown ticked in the list it was ticked in; a reminder ticked off or moved says so in place. */
@SpringBootTest(properties = {"mongodb.embedded=memory", "homerun.reminder-tick=PT1000H"})
class TaskButtonsTest {

    private static final long ANNA = 6301;
    private static final long BERT = 6302;
    private static final String LIST = "6301:77";

    @TestConfiguration
    static class Setup {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
        }
    }

    @Autowired
    Coach coach;
    @Autowired
    FollowUps followUps;
    @Autowired
    MutableClock clock;
    @Autowired
    MongoDatabase database;

    @BeforeEach
    void clean() {
        database.getCollection("followups").drop();
        database.getCollection("conversations").drop();
    }

    @Test
    void aTaskTickedInTheListIsShownTickedThereAndTheOthersKeepTheirButtons() {
        followUps.create(ANNA, "Offerte sturen", LocalDate.parse("2026-03-03"));
        FollowUp call = followUps.create(ANNA, "Jansen bellen", LocalDate.parse("2026-03-04"));
        followUps.create(ANNA, "Demo plannen", LocalDate.parse("2026-03-05"));
        clock.advance(Duration.ofMinutes(1));
        Reply list = only(coach.handle(text(ANNA, "/taken")));
        assertThat(Html.toPlainText(list.text())).isEqualTo("""
                Open taken (3)
                1. Offerte sturen — 3 mrt. 2026
                2. Jansen bellen — 4 mrt. 2026
                3. Demo plannen — 5 mrt. 2026""");
        clock.advance(Duration.ofMinutes(1));
        followUps.create(ANNA, "Later erbij", LocalDate.parse("2026-03-03")); // not in that list

        List<Reply> ticked = press(ANNA, list, "✔️ 2", LIST);
        assertThat(ticked.get(0).notice()).isTrue();
        Reply shown = ticked.get(1);
        assertThat(shown.edit()).isEqualTo(new Reply.Edit(LIST, false, false));
        assertThat(shown.text()).contains("Open taken (2)").contains("2. ✔️ <s>Jansen bellen — 4 mrt. 2026</s>")
                .doesNotContain("Later erbij");
        assertThat(labels(shown)).isEqualTo("[✔️ 1] [✏️ 1]\n[✔️ 3] [✏️ 3]");
        assertThat(followUps.find(ANNA, call.id()).orElseThrow().done()).isTrue();

        clock.advance(Duration.ofMinutes(1));
        Reply again = press(ANNA, shown, "✔️ 1", LIST).get(1);
        assertThat(again.text()).contains("Open taken (1)").contains("1. ✔️ <s>Offerte sturen").contains("2. ✔️ <s>Jansen bellen")
                .contains("3. Demo plannen");
        assertThat(labels(again)).isEqualTo("[✔️ 3] [✏️ 3]");

        // a double tap, and another user's forged tap
        assertThat(press(ANNA, list, "✔️ 2", LIST).get(1).text()).isEqualTo(again.text());
        assertThat(only(coach.handle(new InboundEvent(BERT, BERT, "nl", new InboundEvent.ButtonPress(action(again, "✔️ 3"), "6302:1"))))
                .text()).startsWith("Die knop geldt niet meer");
        assertThat(followUps.open(ANNA)).extracting(FollowUp::text).containsExactly("Later erbij", "Demo plannen");
    }

    @Test
    void aReminderTickedOffOrMovedShowsItsNewStateInPlace() {
        FollowUp task = followUps.create(ANNA, "Offerte sturen", LocalDate.parse("2026-03-02"));
        String reminder = "6301:90";
        List<Reply> done = coach.handle(new InboundEvent(ANNA, ANNA, "nl",
                new InboundEvent.ButtonPress(new TaskAction.Done(task.id(), true).button("x").action(), reminder)));
        assertThat(done).extracting(Reply::text).containsExactly("Klaar ✔️", "✔️ Gedaan: <s>Offerte sturen</s>");
        assertThat(done.get(1).edit()).isEqualTo(new Reply.Edit(reminder, false, false));
        assertThat(done.get(1).buttons()).isEmpty();

        FollowUp other = followUps.create(ANNA, "Jansen bellen", LocalDate.parse("2026-03-02"));
        List<Reply> moved = coach.handle(new InboundEvent(ANNA, ANNA, "nl",
                new InboundEvent.ButtonPress(new TaskAction.Move(other.id(), false).button("x").action(), reminder)));
        assertThat(moved).extracting(Reply::text).containsExactly("Verzet naar 9 mrt. 2026.", "📅 Jansen bellen\nVerzet naar 9 mrt. 2026.");
        assertThat(moved.get(1).edit().messageRef()).isEqualTo(reminder);
        assertThat(followUps.find(ANNA, other.id()).orElseThrow().due()).isEqualTo(LocalDate.parse("2026-03-09"));

        // a button sent before buttons changed their message: ticks off, and only says so
        FollowUp old = followUps.create(ANNA, "Oud", LocalDate.parse("2026-03-02"));
        assertThat(coach.handle(new InboundEvent(ANNA, ANNA, "nl", new InboundEvent.ButtonPress("fu:" + old.id() + ":done", reminder))))
                .extracting(Reply::text).containsExactly("Klaar ✔️");
        assertThat(followUps.find(ANNA, old.id()).orElseThrow().done()).isTrue();
    }

    @Test
    void everyActionRoundTripsWithinSixtyFourBytes() {
        String id = "6b0f75091cae81e409e2faaf";
        List<TaskAction> actions = List.of(new TaskAction.AddFor(id), new TaskAction.Change(id), new TaskAction.Done(id, true),
                new TaskAction.Done(id, false), new TaskAction.DoneInList(id, Instant.parse("2999-12-31T23:59:59.999Z").toEpochMilli()),
                new TaskAction.Move(id, true), new TaskAction.Move(id, false));
        for (TaskAction action : actions) {
            Button button = action.button("x");
            assertThat(button.action().getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(Button.MAX_ACTION_BYTES);
            assertThat(TaskAction.unpack(action.pack())).contains(action);
        }
        assertThat(TaskAction.unpack(id + ":tomorrow")).contains(new TaskAction.Move(id, true));
        for (String forged : List.of("", "for:x", id, id + ":fly", id + ":x", id + ":x:!", id + ":done:1", "nothex:done")) {
            assertThat(TaskAction.unpack(forged)).as(forged).isEmpty();
        }
    }

    private List<Reply> press(long user, Reply message, String label, String ref) {
        return coach.handle(new InboundEvent(user, user, "nl", new InboundEvent.ButtonPress(action(message, label), ref)));
    }

    private static InboundEvent text(long user, String text) {
        return new InboundEvent(user, user, "nl", new InboundEvent.Text(text));
    }

    private static Reply only(List<Reply> replies) {
        assertThat(replies).hasSize(1);
        return replies.get(0);
    }

    private static String action(Reply reply, String label) {
        return reply.buttons().stream().flatMap(List::stream).filter(b -> b.label().equals(label)).map(Button::action)
                .findFirst().orElseThrow(() -> new AssertionError("No button " + label + " in " + labels(reply)));
    }

    private static String labels(Reply reply) {
        return String.join("\n", reply.buttons().stream()
                .map(row -> String.join(" ", row.stream().map(b -> "[" + b.label() + "]").toList())).toList());
    }
}
