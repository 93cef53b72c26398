package nl.homerun.coach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import nl.homerun.MutableClock;

/** The coach core with a real (in-memory) MongoDB and a clock the test controls. */
@SpringBootTest(properties = {"mongodb.embedded=memory", "homerun.conversation-timeout=PT2H"})
@ExtendWith(OutputCaptureExtension.class)
class CoachTest {

    private static final long USER = 7001;

    @TestConfiguration
    static class Setup {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
        }

        @Bean
        ChatFeature broken() {
            return new ChatFeature() {
                @Override
                public String name() {
                    return "broken";
                }

                @Override
                public List<CommandSpec> commands() {
                    return List.of(CommandSpec.of("broken", "core.help.description"));
                }

                @Override
                public List<Reply> onCommand(Turn turn, Command command) {
                    throw new IllegalStateException("cannot parse " + command.arguments());
                }
            };
        }
    }

    @Autowired
    Coach coach;
    @Autowired
    ConversationStore conversations;
    @Autowired
    MutableClock clock;
    @Autowired
    MongoDatabase database;

    @BeforeEach
    void clean() {
        database.getCollection("users").drop();
        database.getCollection("conversations").drop();
    }

    @Test
    void aConversationLeftTooLongIsClosedGentlyAtTheNextMessage() {
        say("/taal en");
        conversations.start(USER, "tz", "ask", Map.of("asked", "zone"));
        clock.advance(Duration.ofHours(3));

        List<Reply> replies = say("Lisbon");

        assertThat(replies).extracting(Reply::text).containsExactly(
                "Our earlier conversation had been waiting for a long time, so I closed it. Your answers so far are saved.",
                "Is this a note? I only keep a single word or number when you want me to.");
        assertThat(conversations.active(USER)).map(Conversation::feature).contains("note"); // the time-zone one is gone
    }

    @Test
    void aConversationWithinItsTimeGetsTheText() {
        say("/taal en");
        conversations.start(USER, "tz", "ask", Map.of());
        clock.advance(Duration.ofMinutes(90));

        assertThat(say("Lisbon")).extracting(Reply::text).containsExactly("Your time zone is now <b>Europe/Lisbon</b>.");
        assertThat(conversations.active(USER)).isEmpty();
    }

    @Test
    void aFailingFeatureGetsAnApologyAndTheLogHoldsNoUserText(CapturedOutput output) {
        List<Reply> replies = say("/broken Jan de Vries, 06-12345678");

        assertThat(replies).extracting(Reply::text).containsExactly(
                "Sorry, er ging aan mijn kant iets mis. Wat je stuurde, is niet verloren; probeer het zo nog eens.");
        assertThat(output).contains("java.lang.IllegalStateException").doesNotContain("Jan de Vries").doesNotContain("12345678");
    }

    @Test
    void aGroupChatIsDeclinedAndNothingIsStored() {
        List<Reply> replies = coach.handle(new InboundEvent(USER, -100123, "nl", new InboundEvent.Text("/start")));

        assertThat(replies.get(0).text()).startsWith("Ik werk alleen in een privéchat");
        assertThat(database.getCollection("users").countDocuments()).isZero();
    }

    @Test
    void aButtonOfAnUnknownFeatureIsStale() {
        assertThat(press("nosuchfeature:1")).extracting(Reply::text)
                .containsExactly("Die knop geldt niet meer. Kijk bij /help hoe je verdergaat.");
        assertThat(press("garbage")).extracting(Reply::text)
                .containsExactly("Die knop geldt niet meer. Kijk bij /help hoe je verdergaat.");
    }

    @Test
    void stopLeavesTheConversation() {
        conversations.start(USER, "tz", "ask", Map.of());
        assertThat(say("/stop")).extracting(Reply::text).containsExactly("Gestopt. Wat je tot nu toe hebt geantwoord, is bewaard.");
        assertThat(conversations.active(USER)).isEmpty();
        assertThat(say("/stop")).extracting(Reply::text).containsExactly("Er loopt geen gesprek om te stoppen.");
    }

    @Test
    void aNewUserGetsTheirAppLanguageAndKeepsTheirOwnChoiceAfterwards() {
        say("/start");
        assertThat(database.getCollection("users").find().first().getString("language")).isEqualTo("nl");
        say("/language en");
        List<Reply> replies = coach.handle(new InboundEvent(USER, USER, "nl-BE", new InboundEvent.Text("/stop")));
        assertThat(replies.get(0).text()).isEqualTo("There is no conversation to stop.");
    }

    private List<Reply> say(String text) {
        return coach.handle(new InboundEvent(USER, USER, "nl", new InboundEvent.Text(text)));
    }

    private List<Reply> press(String action) {
        return coach.handle(new InboundEvent(USER, USER, "nl", new InboundEvent.ButtonPress(action)));
    }
}
