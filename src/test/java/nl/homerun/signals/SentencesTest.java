package nl.homerun.signals;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.homerun.users.Language;

class SentencesTest {

    private final Sentences sentences = Sentences.fromClasspath();

    @Test
    void dutchAbbreviationsAndInitialsDoNotEndASentence() {
        assertThat(sentences.split("Gesprek met dhr. J. de Vries o.a. over de planning, bijv. de levering. Hij was positief.", Language.NL))
                .containsExactly("Gesprek met dhr. J. de Vries o.a. over de planning, bijv. de levering.", "Hij was positief.");
    }

    @Test
    void aCompanyFormInCapitalsDoesEndASentence() {
        assertThat(sentences.split("Bezoek bij Jansen BV. Ze willen uitbreiden.", Language.NL))
                .containsExactly("Bezoek bij Jansen BV.", "Ze willen uitbreiden.");
    }

    @Test
    void questionsExclamationsQuotesAndEllipses() {
        assertThat(sentences.split("Kunt u een brochure sturen? \"Graag snel!\" Het werkt goed, alleen jammer van de... Tja.", Language.NL))
                .containsExactly("Kunt u een brochure sturen?", "\"Graag snel!\"", "Het werkt goed, alleen jammer van de...", "Tja.");
    }

    @Test
    void aLowerCaseWordAfterAFullStopDoesNotStartASentence() {
        assertThat(sentences.split("Prijs ca. 20 procent lager. daarna koffie", Language.NL)).hasSize(1);
    }

    @Test
    void englishUsesTheOpenNlpModel() {
        assertThat(sentences.split("Met Mr. Smith and Dr. Jones today. He wants a demo! Any idea why?", Language.EN))
                .containsExactly("Met Mr. Smith and Dr. Jones today.", "He wants a demo!", "Any idea why?");
    }

    @Test
    void linesBulletsAndEmptyPiecesAreHandled() {
        assertThat(sentences.split("• eerste punt\n\n• tweede punt\n - derde\n...\n", Language.NL))
                .containsExactly("eerste punt", "tweede punt", "derde");
    }
}
