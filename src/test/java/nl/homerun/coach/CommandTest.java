package nl.homerun.coach;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommandTest {

    @ParameterizedTest(name = "[{0}] -> {1} / [{2}]")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, emptyValue = "", textBlock = """
            /start|start|''
            /Start|start|''
            /start@HomerunBot|start|''
            /checklist Acme BV|checklist|Acme BV
              /help  |help|''
            /taal   en|taal|en
            /time_zone Europe/London|time_zone|Europe/London
            """)
    void readsCommands(String text, String name, String arguments) {
        assertThat(Command.parse(text)).contains(new Command(name, arguments));
    }

    @ParameterizedTest(name = "[{0}] is not a command")
    @ValueSource(strings = {"hello", "/", "/ start", "//x", "/€", "", "   ", "start/", "@bot /start"})
    void rejectsWhatIsNotACommand(String text) {
        assertThat(Command.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/checklist Acme BV", "/taal   en"})
    void commandWithArgumentsHasArguments(String text) {
        assertThat(Command.parse(text)).hasValueSatisfying(c -> assertThat(c.hasArguments()).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/start", "  /help  ", "/start@HomerunBot"})
    void commandWithoutArgumentsHasNone(String text) {
        assertThat(Command.parse(text)).hasValueSatisfying(c -> assertThat(c.hasArguments()).isFalse());
    }
}
