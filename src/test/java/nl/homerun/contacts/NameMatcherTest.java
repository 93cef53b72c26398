package nl.homerun.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameMatcherTest {

    private static final List<Contact> CONTACTS = List.of(contact("Jan de Vries", "Jansen BV"), contact("Marieke Bakker", "Zorggroep Oost"),
            contact("José Müller", "Logistiek Müller"), contact("Jan Pieters", null), contact("Anne-Fleur van Dijk", "Acme"));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Jan de Vries       | Jan de Vries
            jan de vries       | Jan de Vries
            Vries              | Jan de Vries
            jan vries          | Jan de Vries
            Jan de Vreis       | Jan de Vries
            Marieke            | Marieke Bakker
            mariek             | Marieke Bakker
            Mareike Baker      | Marieke Bakker
            jose muller        | José Müller
            José               | José Müller
            Zorggroep          | Marieke Bakker
            acme               | Anne-Fleur van Dijk
            anne fleur         | Anne-Fleur van Dijk
            """)
    void findsTheContactAsPeopleTypeIt(String typed, String expected) {
        assertThat(NameMatcher.find(typed, CONTACTS)).extracting(Contact::name).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            Jan
            jan
            """)
    void aFirstNameSharedByTwoGivesBoth(String typed) {
        assertThat(NameMatcher.find(typed, CONTACTS)).extracting(Contact::name).containsExactly("Jan de Vries", "Jan Pieters");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            Peter Jansen
            xyz
            ' '
            """)
    void noCloseNameGivesNothing(String typed) {
        assertThat(NameMatcher.find(typed, CONTACTS)).isEmpty();
    }

    private static Contact contact(String name, String account) {
        return new Contact("0".repeat(24), 1, name, account, null, null, null, null, null, false, false, Map.of(), null, Instant.EPOCH, null);
    }
}
