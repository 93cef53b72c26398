package nl.homerun;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import nl.homerun.coach.Button;
import nl.homerun.coach.Coach;
import nl.homerun.coach.Html;
import nl.homerun.coach.InboundEvent;
import nl.homerun.coach.Reply;
import nl.homerun.contacts.Contact;
import nl.homerun.contacts.Contacts;

/**
 * Every prompt that suggests what to type ("Bijvoorbeeld: 12 maart, …") accepts what it suggests: the examples are
 * taken from the prompt as the user sees it, in Dutch and in English, and typed back into the same prompt.
 */
@SpringBootTest(properties = "mongodb.embedded=memory")
class PromptExamplesTest {

    @TestConfiguration
    static class Setup {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2026-03-04T09:00:00Z")); // a Wednesday
        }
    }

    @Autowired
    Coach coach;
    @Autowired
    Contacts contacts;
    @Autowired
    MongoDatabase database;

    private long user;
    private String language;
    private List<Reply> last = List.of();

    @BeforeEach
    void clean() {
        for (String collection : List.of("users", "contacts", "contact_books", "conversations", "followups", "notes",
                "dialog_runs", "reminder_settings")) {
            database.getCollection(collection).drop();
        }
    }

    private void as(String lang) {
        language = lang;
        user = lang.equals("nl") ? 9101 : 9102;
    }

    private boolean dutch() {
        return language.equals("nl");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void theBirthdayQuestionWhenAddingAContactTakesItsExamples(String lang) {
        as(lang);
        List<String> examples = forExample(toBirthdayStep("Jan de Vries"));
        assertThat(examples).hasSizeGreaterThanOrEqualTo(2);
        say("/stop");
        for (String example : examples) {
            database.getCollection("contacts").drop();
            toBirthdayStep("Jan de Vries");
            assertThat(say(example)).as(example).contains("✅ Jan de Vries").contains("🎂");
        }
        for (String example : examples) {
            database.getCollection("contacts").drop();
            toBirthdayStep("Jan de Vries");
            String unreadable = say("binnenkort");
            assertThat(forExample(unreadable)).as("the examples after an unreadable birthday").containsExactlyElementsOf(examples);
            assertThat(say(example)).as(example).contains("✅ Jan de Vries").contains("🎂");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void editingABirthdayOnTheCardTakesItsExamples(String lang) {
        as(lang);
        Contact jan = contacts.add(user, new Contacts.Draft("Jan de Vries", "Jansen BV", null, null, null, null));
        say("/contact Jan de Vries");
        press("✏️");
        List<String> examples = forExample(press(dutch() ? "verjaardag" : "birthday"));
        assertThat(examples).hasSizeGreaterThanOrEqualTo(2);
        say("/stop");
        for (String example : examples) {
            contacts.clearBirthday(user, jan.id());
            say("/contact Jan de Vries");
            press("✏️");
            press(dutch() ? "verjaardag" : "birthday");
            assertThat(say(example)).as(example).contains("🎂");
            assertThat(contacts.find(user, jan.id()).orElseThrow().birthday()).as(example).isNotNull();
        }
        say("/contact Jan de Vries");
        press("✏️");
        String ask = press(dutch() ? "functie" : "role");
        Matcher clear = Pattern.compile("\"(\\p{L}+)\"").matcher(ask);
        assertThat(clear.find()).as(ask).isTrue();
        say("Hoofd inkoop");
        say("/contact Jan de Vries");
        press("✏️");
        press(dutch() ? "functie" : "role");
        say(clear.group(1));
        assertThat(contacts.find(user, jan.id()).orElseThrow().role()).as("typed " + clear.group(1)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void recordingABirthdayAfterTheChallengeTakesItsExamples(String lang) {
        as(lang);
        Contact jan = contacts.add(user, new Contacts.Draft("Jan de Vries", "Jansen BV", null, null, null, null));
        List<String> examples = null;
        for (int run = 0; examples == null || run <= examples.size(); run++) {
            contacts.clearBirthday(user, jan.id());
            say(dutch() ? "/uitdaging" : "/challenge");
            for (int question = 0; question < 7; question++) {
                say(dutch() ? "nee" : "no");
            }
            pressWith("✍️", dutch() ? "Verjaardag" : "birthday");
            String ask = say("Jan de Vries");
            if (examples == null) {
                examples = forExample(ask);
                assertThat(examples).hasSizeGreaterThanOrEqualTo(2);
                say("/stop");
                continue;
            }
            String example = examples.get(run - 1);
            assertThat(say(example)).as(example).contains("🎂");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void theDateQuestionOfAConversationTakesItsExamples(String lang) {
        as(lang);
        contacts.add(user, new Contacts.Draft("Jan de Vries", "Jansen BV", null, null, null, null));
        String command = dutch() ? "/nazorg" : "/aftercare";
        say(command);
        String invalidName = say("12345");
        List<String> names = matches(invalidName, dutch() ? "bijvoorbeeld (.+?)\\.$" : "for example (.+?)\\.$");
        assertThat(names).hasSize(1);
        List<String> examples = forExample(say(names.get(0)));
        assertThat(examples).hasSizeGreaterThanOrEqualTo(3);
        say("/stop");
        for (String example : examples) {
            say(command);
            say("Jan de Vries");
            String next = say(example);
            assertThat(next).as(example).doesNotContain(dutch() ? "niet als datum lezen" : "read that as a date");
            say("/stop");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void theTaskPromptsTakeTheirExamples(String lang) {
        as(lang);
        String command = dutch() ? "/taak" : "/task";
        String how = say(command + " " + (dutch() ? "Bel Jansen" : "Call Jansen"));
        List<String> whole = matches(how, "(?i)(" + command + " [^.]+)\\.");
        assertThat(whole).hasSize(1);
        assertThat(say(whole.get(0))).as(whole.get(0)).startsWith("📌");
        List<String> days = after(how, dutch() ? "Dagen zoals:" : "Days such as:");
        assertThat(days).hasSizeGreaterThanOrEqualTo(3);
        for (String day : days) {
            assertThat(say(command + " " + (dutch() ? "Bel Jansen " : "Call Jansen ") + day)).as(day).startsWith("📌");
        }

        String help = say("/help");
        List<String> described = matches(help, "(?:bijv\\.|e\\.g\\.) (" + command + " [^\\n)]+)");
        assertThat(described).hasSize(1);
        assertThat(say(described.get(0))).as(described.get(0)).startsWith("📌");

        Contact jan = contacts.add(user, new Contacts.Draft("Jan de Vries", "Jansen BV", null, null, null, null));
        say("/contact Jan de Vries");
        String forAsk = pressWith(dutch() ? "Taak" : "Task");
        List<String> task = matches(forAsk, dutch() ? "Bijvoorbeeld: (.+?)\\. " : "For example: (.+?)\\. ");
        List<String> forDays = after(forAsk, dutch() ? "Dagen zoals:" : "Days such as:");
        assertThat(task).hasSize(1);
        assertThat(say(task.get(0))).as(task.get(0)).startsWith("📌");
        for (String day : forDays) {
            say("/contact Jan de Vries");
            pressWith(dutch() ? "Taak" : "Task");
            assertThat(say((dutch() ? "offerte sturen " : "send the quote ") + day)).as(day).startsWith("📌");
        }

        say(dutch() ? "/taken" : "/tasks");
        String edit = pressWith("✏️");
        List<String> moved = matches(edit, "\\((?:bijv\\.|e\\.g\\.) (.+?)\\)");
        assertThat(moved).hasSize(1);
        String before = say(dutch() ? "/taken" : "/tasks");
        pressWith("✏️");
        String changed = say(moved.get(0));
        assertThat(changed).as(moved.get(0)).startsWith("📌").contains(dutch() ? "vrijdag" : "Friday");
        assertThat(contacts.find(user, jan.id())).isPresent();
        assertThat(before).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void theReminderTimeAndTimeZonePromptsTakeTheirExamples(String lang) {
        as(lang);
        String command = dutch() ? "/herinneringen" : "/reminders";
        String settings = say(command);
        List<String> commands = matches(settings, "(" + command + " \\d{1,2}:\\d{2})");
        assertThat(commands).isNotEmpty();
        for (String typed : commands) {
            assertThat(say(typed)).as(typed).doesNotContain(dutch() ? "niet als tijd" : "as a time of day");
        }
        String unreadable = say(command + " straks");
        List<String> times = matches(unreadable, "(\\d{1,2}:\\d{2})");
        assertThat(times).hasSizeGreaterThanOrEqualTo(2);
        for (String time : times) {
            say(command + " " + time);
            assertThat(last.get(0).text()).as(time).contains("<b>" + (time.length() == 4 ? "0" + time : time) + "</b>");
        }
        String help = say("/help");
        for (String typed : matches(help, "(?:bijv\\.|e\\.g\\.) (" + command + " [^\\n)]+)")) {
            assertThat(say(typed)).as(typed).doesNotContain(dutch() ? "niet als tijd" : "as a time of day");
        }

        String zone = dutch() ? "/tijdzone" : "/timezone";
        say(zone);
        String ask = pressWith(dutch() ? "Andere" : "Other");
        List<String> zones = new ArrayList<>(codes(last));
        say("Atlantis");
        zones.addAll(codes(last));
        say("/stop");
        assertThat(zones).hasSizeGreaterThanOrEqualTo(6);
        for (String typed : zones) {
            say(zone);
            pressWith(dutch() ? "Andere" : "Other");
            assertThat(say(typed)).as(typed).contains(dutch() ? "Je tijdzone is nu" : "Your time zone is now");
        }
        assertThat(ask).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void theNewContactOfANoteTakesItsExample(String lang) {
        as(lang);
        say(dutch() ? "Vandaag gebeld over de offerte, ze willen volgende week een demo." : "Called today about the quote, they want a demo next week.");
        pressWith("👥");
        String ask = pressWith(dutch() ? "Nieuw contact" : "New contact");
        List<String> example = matches(ask, dutch() ? "bijv\\. (.+?)\\.$" : "e\\.g\\. (.+?)\\.$");
        assertThat(example).hasSize(1);
        String name = example.get(0).split(",")[0].strip();
        assertThat(say(example.get(0))).as(example.get(0)).contains("👤 " + name);
        assertThat(contacts.all(user)).extracting(Contact::name, Contact::account)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(name, example.get(0).split(",")[1].strip()));
    }

    /** The add-a-contact conversation up to its birthday question; returns that question. */
    private String toBirthdayStep(String name) {
        say("/contact " + name);
        return press(dutch() ? "Overslaan" : "Skip");
    }

    /** "Bijvoorbeeld: 12 maart, 3 mei 1978, 12-3." -> the examples, without what is in brackets. */
    private static List<String> forExample(String text) {
        return after(text, "(?:Bijvoorbeeld|For example):");
    }

    private static List<String> after(String text, String lead) {
        Matcher list = Pattern.compile(lead + " ([^.\\n]+)").matcher(text);
        assertThat(list.find()).as("examples after '" + lead + "' in: " + text).isTrue();
        return Arrays.stream(list.group(1).split(",\\s*|\\s+(?:of|or)\\s+"))
                .map(e -> e.replaceAll("\\s*\\(.*?\\)", "").strip()).filter(e -> !e.isEmpty()).toList();
    }

    private static List<String> matches(String text, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1).strip());
        }
        return found;
    }

    private static List<String> codes(List<Reply> replies) {
        List<String> found = new ArrayList<>();
        for (Reply reply : replies) {
            Matcher code = Pattern.compile("<code>(.+?)</code>").matcher(reply.text());
            while (code.find()) {
                found.add(Html.toPlainText(code.group(1)));
            }
        }
        return found;
    }

    private String say(String text) {
        return answer(new InboundEvent.Text(text));
    }

    private String press(String label) {
        return answer(new InboundEvent.ButtonPress(button(b -> b.label().equals(label), label)));
    }

    private String pressWith(String start, String... containing) {
        return answer(new InboundEvent.ButtonPress(button(b -> b.label().contains(start)
                && Arrays.stream(containing).allMatch(b.label()::contains), start + " " + String.join(" ", containing))));
    }

    private String button(java.util.function.Predicate<Button> which, String described) {
        return last.stream().flatMap(r -> r.buttons().stream()).flatMap(List::stream).filter(which).map(Button::action)
                .findFirst().orElseThrow(() -> new AssertionError("No button " + described + " in: " + plain(last)));
    }

    private String answer(InboundEvent.Payload payload) {
        last = coach.handle(new InboundEvent(user, user, language, payload));
        return plain(last);
    }

    private static String plain(List<Reply> replies) {
        return String.join("\n", replies.stream().map(r -> Html.toPlainText(r.text())).toList());
    }
}
