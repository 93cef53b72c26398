package nl.homerun.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeZonesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Europe/London     | Europe/London
            europe/london     | Europe/London
            London            | Europe/London
            Londen            | Europe/London
            Brussel           | Europe/Brussels
            new york          | America/New_York
            New York          | America/New_York
            '  Europe/Paris ' | Europe/Paris
            Parijs            | Europe/Paris
            """)
    void readsNamedZones(String input, String zone) {
        assertThat(TimeZones.parse(input)).contains(ZoneId.of(zone));
    }

    @ParameterizedTest(name = "{0} -> {1} h")
    @CsvSource(delimiter = '|', textBlock = """
            UTC+2   |  2
            utc+2   |  2
            GMT-5   | -5
            +01:00  |  1
            UTC-03  | -3
            """)
    void readsOffsets(String input, int hours) {
        assertThat(TimeZones.parse(input).map(ZoneId::normalized)).contains(ZoneOffset.ofHours(hours));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            UTC+5:30   | +05:30
            UTC + 2    | +02:00
            gmt - 3:30 | -03:30
            """)
    void readsOffsetsAsPeopleTypeThem(String input, String offset) {
        assertThat(TimeZones.parse(input).map(ZoneId::normalized)).contains(ZoneOffset.of(offset));
    }

    @ParameterizedTest(name = "[{0}] is rejected")
    @ValueSource(strings = {"", "   ", "Narnia", "UTC+99", "GMT+", "UTC+abc", "Europe/Narnia"})
    void rejectsWhatIsNotATimeZone(String input) {
        assertThat(TimeZones.parse(input)).isEmpty();
    }
}
