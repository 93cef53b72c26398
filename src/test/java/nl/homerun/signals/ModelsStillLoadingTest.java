package nl.homerun.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import nl.homerun.coach.Coach;
import nl.homerun.coach.InboundEvent;
import nl.homerun.coach.Reply;

/**
 * The models are loaded in the background while Homerun starts (SignalsConfiguration). A note that arrives before they
 * are there waits for them and gets the same answer as one that arrives after; a command does not wait at all. The
 * models here are held back until the test lets them load, so that the note surely comes first.
 */
@SpringBootTest(properties = "mongodb.embedded=memory")
class ModelsStillLoadingTest {

    private static final long USER = 7301;
    /** Completed by the test: until then the detector's models are "still loading". */
    private static final CompletableFuture<Void> LOADED = new CompletableFuture<>();

    @TestConfiguration
    static class HeldBack {
        @Bean
        @Primary
        SignalDetector heldBackDetector() {
            return new SignalDetector(LOADED.thenApplyAsync(loaded -> SignalDetector.Models.fromClasspath()));
        }
    }

    @Autowired
    Coach coach;
    @Autowired
    SignalDetector detector;

    @Test
    void aNoteSentWhileTheModelsLoadWaitsForThemAndIsReadRight() throws Exception {
        assertThat(detector.isLoaded()).isFalse();
        // a command needs no model: answered while they are still loading
        assertThat(say("/help").get(0).text()).contains("/notitie");

        String note = "Bezoek bij Jansen BV. Ze vroegen om een offerte voor 20 extra licenties. "
                + "Klacht over de levering van vorige week.";
        CompletableFuture<List<Reply>> answer = new CompletableFuture<>();
        Thread sender = new Thread(() -> {
            try {
                answer.complete(say(note));
            } catch (Throwable e) {
                answer.completeExceptionally(e);
            }
        }, "note-before-models");
        sender.start();
        // the note is being handled and waits (parked in the detector) for the models, unanswered
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!waitingForModels(sender) && !answer.isDone() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(answer).as("a note is not answered without the models").isNotDone();
        assertThat(waitingForModels(sender)).isTrue();

        LOADED.complete(null);
        String text = answer.get().get(0).text();

        // the same reading as by a detector whose models were there all along
        NoteAnalysis expected = SignalDetector.load().analyze(note, nl.homerun.users.Language.NL);
        assertThat(expected.signals()).extracting(Signal::type)
                .containsExactly(SignalType.BUYING_SIGNAL, SignalType.COMPLAINT);
        assertThat(text).startsWith("📝 Genoteerd. Ik vond 2 punten om op te pakken:")
                .contains("<b>Koopsignaal</b> “<i>Ze vroegen om een offerte voor 20 extra licenties.</i>”")
                .contains("<b>Klacht</b> “<i>Klacht over de levering van vorige week.</i>”");
        assertThat(detector.isLoaded()).isTrue();
    }

    /** Whether the thread is parked in the detector, waiting for its models. */
    private static boolean waitingForModels(Thread thread) {
        return thread.getState() == Thread.State.WAITING && java.util.Arrays.stream(thread.getStackTrace())
                .anyMatch(f -> f.getClassName().equals(SignalDetector.class.getName()) && f.getMethodName().equals("models"));
    }

    private List<Reply> say(String text) {
        return coach.handle(new InboundEvent(USER, USER, "nl", new InboundEvent.Text(text)));
    }
}
