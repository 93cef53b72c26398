package nl.homerun.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import nl.homerun.Homerun;
import nl.homerun.MutableClock;
import nl.homerun.coach.Button;
import nl.homerun.coach.Coach;
import nl.homerun.coach.InboundEvent;
import nl.homerun.coach.Reply;

/** Dialog sessions in MongoDB: kept across a restart, safe against racing answers, closed gently when left too long. */
class DialogSessionTest {

    private static final long USER = 7301;

    @Test
    void aRestartResumesAtTheSameQuestionAndItsButtonsStillWork(@TempDir Path data) {
        String third;
        try (ConfigurableApplicationContext app = start("homerun.data-dir=" + data)) {
            Coach coach = app.getBean(Coach.class);
            press(coach, say(coach, "/checklist"), "✅ Ja");
            third = button(press(coach, say(coach, "/verder"), "❌ Nee"), "◐ Deels");
        }
        try (ConfigurableApplicationContext app = start("homerun.data-dir=" + data)) {
            Coach coach = app.getBean(Coach.class);
            assertThat(text(say(coach, "/verder"))).contains("Netwerkchecklist · 3/7");
            assertThat(text(coach.handle(event(new InboundEvent.ButtonPress(third))))).contains("Netwerkchecklist · 4/7");
        }
    }

    @Test
    void aTypedAnswerHandledAgainAfterACrashIsTakenOnceAndWhereTheDialogStandsIsShown() {
        try (ConfigurableApplicationContext app = start("mongodb.embedded=memory")) {
            Coach coach = app.getBean(Coach.class);
            coach.handle(event(new InboundEvent.Text("/nazorg", USER + ":1")));
            press(coach, coach.handle(event(new InboundEvent.Text("Jan de Vries", USER + ":2"))), "Verder zonder contact");
            InboundEvent tomorrow = event(new InboundEvent.Text("morgen", USER + ":3"));
            assertThat(text(coach.handle(tomorrow))).contains("Nazorggesprek voorbereiden · 3/8");
            long version = conversation(app).getLong("version");

            List<Reply> again = coach.handle(tomorrow); // the same message, as after a kill before it was marked answered
            assertThat(again.get(0).text()).isEqualTo("Dat bericht had ik al bewaard.");
            assertThat(text(again)).as("where the dialog stands is offered").contains("Nazorggesprek voorbereiden");
            assertThat(conversation(app).getLong("version")).as("the dialog did not move on").isEqualTo(version);
            assertThat(text(coach.handle(event(new InboundEvent.Text("hoe tevreden ze zijn", USER + ":4")))))
                    .contains("Nazorggesprek voorbereiden · 4/8");
        }
    }

    @Test
    void theLastAnswerOfADialogHandledAgainAfterACrashIsNoNote() {
        try (ConfigurableApplicationContext app = start("mongodb.embedded=memory")) {
            Coach coach = app.getBean(Coach.class);
            coach.handle(event(new InboundEvent.Text("/notitie", USER + ":1")));
            InboundEvent note = event(new InboundEvent.Text("bij jansen geweest, ze willen een offerte", USER + ":2"));
            coach.handle(note);
            assertThat(coach.handle(note)).extracting(Reply::text).containsExactly("Dat bericht had ik al bewaard.");
            assertThat(app.getBean(MongoDatabase.class).getCollection("notes").countDocuments(Filters.eq("owner", USER)))
                    .isOne();
        }
    }

    private static Document conversation(ConfigurableApplicationContext app) {
        return app.getBean(MongoDatabase.class).getCollection("conversations").find(Filters.eq("_id", USER)).first();
    }

    @Test
    void ofTwoPressesOfTheSameButtonAtOnceExactlyOneCounts() throws Exception {
        try (ConfigurableApplicationContext app = start("mongodb.embedded=memory")) {
            Coach coach = app.getBean(Coach.class);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            for (int round = 0; round < 10; round++) {
                say(coach, "/stop");
                String yes = button(say(coach, "/uitdaging"), "✅ Ja");
                CountDownLatch go = new CountDownLatch(1);
                List<Future<String>> presses = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    presses.add(pool.submit(() -> {
                        go.await();
                        return text(coach.handle(event(new InboundEvent.ButtonPress(yes))));
                    }));
                }
                go.countDown();
                List<String> answers = List.of(presses.get(0).get(), presses.get(1).get());
                assertThat(answers).filteredOn(a -> a.contains("Daag jezelf uit · 2/7")).hasSize(1);
                assertThat(answers).filteredOn(a -> a.contains("Dat antwoord was al binnen")).hasSize(1);
            }
            pool.shutdown();
        }
    }

    @Test
    void aDialogLeftTooLongIsClosedGentlyAndItsAnswersAreKept() {
        try (ConfigurableApplicationContext app = start("mongodb.embedded=memory", "homerun.conversation-timeout=PT1H")) {
            Coach coach = app.getBean(Coach.class);
            press(coach, press(coach, say(coach, "/checklist"), "✅ Ja"), "❌ Nee");
            app.getBean(MutableClock.class).advance(Duration.ofHours(2));

            assertThat(text(say(coach, "/verder"))).contains("Ons eerdere gesprek stond al lang stil")
                    .contains("Er loopt geen gesprek om mee verder te gaan");
            Document run = app.getBean(MongoDatabase.class).getCollection("dialog_runs").find(Filters.eq("owner", USER)).first();
            assertThat(run.getBoolean("finished")).isFalse();
            assertThat(run.getList("answers", Document.class)).extracting(a -> a.getString("value")).containsExactly("yes", "no");
        }
    }

    @Test
    void theProgressChartIsAPng() {
        try (ConfigurableApplicationContext app = start("mongodb.embedded=memory")) {
            Coach coach = app.getBean(Coach.class);
            List<Reply> replies = say(coach, "/uitdaging");
            for (int i = 0; i < 7; i++) {
                replies = press(coach, replies, i % 2 == 0 ? "✅ Ja" : "❌ Nee");
            }
            assertThat(text(replies)).contains("4/7");
            Reply chart = say(coach, "/voortgang").get(1);
            assertThat(chart.attachment().mediaType()).isEqualTo("image/png");
            assertThat(chart.attachment().content()).startsWith(0x89, 'P', 'N', 'G');
            assertThat(chart.attachment().content().length).isGreaterThan(5_000);
        }
    }

    private static ConfigurableApplicationContext start(String... properties) {
        return new SpringApplicationBuilder(Homerun.class, Clocks.class).web(WebApplicationType.NONE).properties(properties).run();
    }

    /** A clock the test moves; its own class, so only these contexts get it. */
    static class Clocks {
        @org.springframework.context.annotation.Bean
        @org.springframework.context.annotation.Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
        }
    }

    private static List<Reply> say(Coach coach, String text) {
        return coach.handle(event(new InboundEvent.Text(text)));
    }

    private static List<Reply> press(Coach coach, List<Reply> replies, String label) {
        return coach.handle(event(new InboundEvent.ButtonPress(button(replies, label))));
    }

    private static String button(List<Reply> replies, String label) {
        return replies.stream().flatMap(r -> r.buttons().stream()).flatMap(List::stream)
                .filter(b -> b.label().equals(label)).map(Button::action).reduce((a, b) -> b).orElseThrow();
    }

    private static InboundEvent event(InboundEvent.Payload payload) {
        return new InboundEvent(USER, USER, "nl", payload);
    }

    private static String text(List<Reply> replies) {
        return Transcript.render(replies);
    }
}
