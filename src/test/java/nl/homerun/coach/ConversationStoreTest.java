package nl.homerun.coach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Conversations change by compare-and-set, so racing updates cannot both win. */
@SpringBootTest(properties = "mongodb.embedded=memory")
class ConversationStoreTest {

    @Autowired
    ConversationStore store;

    @Test
    void anAdvanceFromAStaleReadIsRefused() {
        Conversation read = store.start(8001, "checklist", "q1", Map.of());
        assertThat(store.advance(read, "q2", Map.of("q1", "yes"))).isPresent();

        assertThat(store.advance(read, "q2", Map.of("q1", "no"))).isEmpty();
        Conversation now = store.active(8001).orElseThrow();
        assertThat(now.step()).isEqualTo("q2");
        assertThat(now.state()).containsEntry("q1", "yes");
        assertThat(now.version()).isEqualTo(read.version() + 1);
    }

    @Test
    void ofManyRacingAnswersToTheSameQuestionExactlyOneWins() throws Exception {
        Conversation read = store.start(8002, "checklist", "q1", Map.of());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Optional<Conversation>>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String answer = "answer" + i;
            results.add(pool.submit(() -> {
                go.await();
                return store.advance(read, "q2", Map.of("q1", answer));
            }));
        }
        go.countDown();
        int winners = 0;
        for (Future<Optional<Conversation>> result : results) {
            winners += result.get().isPresent() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(winners).isOne();
        assertThat(store.active(8002).orElseThrow().version()).isEqualTo(read.version() + 1);
    }

    @Test
    void endingAConversationThatMovedOnIsRefused() {
        Conversation read = store.start(8003, "checklist", "q1", Map.of());
        store.advance(read, "q2", Map.of());
        assertThat(store.end(read)).isFalse();
        assertThat(store.active(8003)).isPresent();
    }

    @Test
    void startingAgainReplacesTheOldConversationAndOutdatesItsReads() {
        Conversation old = store.start(8004, "checklist", "q5", Map.of("q1", "yes"));
        store.start(8004, "tz", "ask", Map.of());
        assertThat(store.advance(old, "q6", Map.of())).isEmpty();
        assertThat(store.active(8004).orElseThrow().feature()).isEqualTo("tz");
    }
}
