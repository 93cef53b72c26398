package nl.homerun.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import nl.homerun.coach.Button;
import nl.homerun.coach.Coach;
import nl.homerun.coach.InboundEvent;
import nl.homerun.coach.Reply;
import nl.homerun.users.Language;
import nl.homerun.users.UserAccounts;

/**
 * The choices of the settings, the welcome and the erase question show the one on, and a choice made is said in place
 * of the question it answers.
 */
@SpringBootTest(properties = "mongodb.embedded=memory")
class ChoicesInPlaceTest {

    private static final long USER = 8901;
    private static final String MESSAGE = "8901:12";

    @Autowired
    Coach coach;
    @Autowired
    UserAccounts accounts;
    @Autowired
    MongoDatabase database;

    @BeforeEach
    void clean() {
        for (String name : database.listCollectionNames()) {
            database.getCollection(name).deleteMany(new Document());
        }
    }

    @Test
    void theLanguageChosenIsMarkedAndSaidInPlace() {
        Reply choose = only(say("/taal"));
        assertThat(labels(choose)).isEqualTo("[✓ 🇳🇱 Nederlands] [🇬🇧 English]");
        Reply chosen = only(press(choose, "🇬🇧 English"));
        assertThat(chosen.edit()).isEqualTo(new Reply.Edit(MESSAGE, false, true));
        assertThat(chosen.text()).isEqualTo("From now on I speak English with you.");
        assertThat(labels(chosen)).isEqualTo("[🇳🇱 Nederlands] [✓ 🇬🇧 English]");
        assertThat(accounts.find(USER).orElseThrow().language()).isEqualTo(Language.EN);
        // a welcome sent before its button belonged to the core still switches, answered with a message
        Reply old = only(coach.handle(new InboundEvent(USER, USER, "nl", new InboundEvent.ButtonPress("lang:nl", MESSAGE))));
        assertThat(old.isEdit()).isFalse();
        assertThat(old.text()).isEqualTo("Vanaf nu spreek ik Nederlands met je.");
    }

    @Test
    void theWelcomeReadsInTheLanguageSwitchedTo() {
        Reply welcome = only(say("/start"));
        List<Reply> switched = press(welcome, "🇬🇧 English please");
        assertThat(switched.get(0).notice()).isTrue();
        assertThat(switched.get(0).text()).isEqualTo("From now on I speak English with you.");
        assertThat(switched.get(1).edit()).isEqualTo(new Reply.Edit(MESSAGE, false, false));
        assertThat(switched.get(1).text()).startsWith("👋 Welcome to <b>Homerun</b>");
        assertThat(labels(switched.get(1))).isEqualTo("[🇳🇱 Liever Nederlands]");
    }

    @Test
    void theTimeZoneInUseIsMarkedAndAChoiceIsSaidInPlace() {
        Reply choose = only(say("/tijdzone"));
        assertThat(labels(choose)).startsWith("[✓ Europe/Amsterdam] [Europe/Brussels] [Europe/London]");
        Reply chosen = only(press(choose, "Europe/London"));
        assertThat(chosen.edit().messageRef()).isEqualTo(MESSAGE);
        assertThat(chosen.text()).isEqualTo("Je tijdzone is nu <b>Europe/London</b>.");
        assertThat(labels(chosen)).startsWith("[Europe/Amsterdam] [Europe/Brussels] [✓ Europe/London]");
        assertThat(accounts.find(USER).orElseThrow().timeZone().getId()).isEqualTo("Europe/London");
    }

    @Test
    void theEraseQuestionIsReplacedByItsAnswer() {
        Reply ask = only(say("/wissen"));
        Reply kept = only(press(ask, ask.buttons().get(0).get(1).label()));
        assertThat(kept.edit()).isEqualTo(new Reply.Edit(MESSAGE, false, true));
        assertThat(kept.buttons()).isEmpty();
        Reply tooLate = only(press(ask, ask.buttons().get(0).get(0).label())); // answered already: erases nothing
        assertThat(tooLate.edit()).isEqualTo(new Reply.Edit(MESSAGE, false, true));
        assertThat(accounts.find(USER)).isPresent();
        Reply askedAgain = only(say("/wissen"));
        Reply erased = only(press(askedAgain, askedAgain.buttons().get(0).get(0).label()));
        assertThat(erased.edit()).isEqualTo(new Reply.Edit(MESSAGE, false, true));
        assertThat(accounts.find(USER)).isEmpty();
    }

    private List<Reply> say(String text) {
        return coach.handle(new InboundEvent(USER, USER, "nl", new InboundEvent.Text(text)));
    }

    private List<Reply> press(Reply message, String label) {
        String action = message.buttons().stream().flatMap(List::stream).filter(b -> b.label().equals(label))
                .map(Button::action).findFirst().orElseThrow(() -> new AssertionError("No button " + label + " in " + labels(message)));
        return coach.handle(new InboundEvent(USER, USER, "nl", new InboundEvent.ButtonPress(action, MESSAGE)));
    }

    private static Reply only(List<Reply> replies) {
        assertThat(replies).hasSize(1);
        return replies.get(0);
    }

    private static String labels(Reply reply) {
        return String.join("\n", reply.buttons().stream()
                .map(row -> String.join(" ", row.stream().map(b -> "[" + b.label() + "]").toList())).toList());
    }
}
