package nl.homerun.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A process that restarts under the identity of one that was killed sends what that one had leased at once; another
 * identity waits for the lease to run out, as a second instance must.
 */
class OutboxLeaseTest {

    /** A clock that stands still: handing over and taking over happen in the same instant, as they may at a start. */
    private static final Clock CLOCK = Clock.fixed(java.time.Instant.parse("2026-12-02T09:00:00Z"), java.time.ZoneOffset.UTC);

    private MongoServer server;
    private MongoClient client;
    private MongoDatabase database;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://localhost:" + address.getPort());
        database = client.getDatabase("homerun");
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void theSameIdentityTakesItsMessagesOverAtOnceAnotherWaitsForTheLease() {
        Outbox killed = new Outbox(database, CLOCK, "embedded");
        killed.add(7, List.of(new OutgoingMessage("first", List.of(), null), new OutgoingMessage("second", List.of(), null)));

        Outbox otherInstance = new Outbox(database, CLOCK, "instance-b");
        otherInstance.releaseLeases();
        assertThat(otherInstance.adoptOrphans()).isEmpty(); // still leased by a process that may be alive

        Outbox restarted = new Outbox(database, CLOCK, "embedded");
        restarted.releaseLeases(); // as the sender does at its start
        assertThat(restarted.adoptOrphans()).extracting(p -> p.message().text()).containsExactly("first", "second");
    }

    @Test
    void messagesOfAKilledProcessGoOutInTheOrderTheyWereStoredThoughTheirIdsComeFromKeys() {
        Outbox killed = new Outbox(database, CLOCK, "embedded");
        for (int update = 1; update <= 12; update++) {
            killed.add(7, List.of(new OutgoingMessage("answer " + update + "a", List.of(), null),
                    new OutgoingMessage("answer " + update + "b", List.of(), null)), "update:" + update);
        }

        Outbox restarted = new Outbox(database, CLOCK, "embedded");
        restarted.releaseLeases();

        List<String> expected = new java.util.ArrayList<>();
        for (int update = 1; update <= 12; update++) {
            expected.add("answer " + update + "a");
            expected.add("answer " + update + "b");
        }
        assertThat(restarted.adoptOrphans()).extracting(p -> p.message().text()).containsExactlyElementsOf(expected);
    }
}
