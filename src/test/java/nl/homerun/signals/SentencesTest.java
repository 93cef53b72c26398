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
    void onAPhoneASentenceStartsInLowerCaseToo() {
        assertThat(sentences.split("prijs ca. 20 procent lager. daarna koffie gedronken met jan. hij wil een offerte", Language.NL))
                .containsExactly("prijs ca. 20 procent lager.", "daarna koffie gedronken met jan.", "hij wil een offerte");
        assertThat(sentences.split("levering weer te laat!! inkoper boos", Language.NL))
                .containsExactly("levering weer te laat!!", "inkoper boos");
        assertThat(sentences.split("the delivery was late again. she was not happy. wants a call tmrw", Language.EN))
                .containsExactly("the delivery was late again.", "she was not happy.", "wants a call tmrw");
    }

    @Test
    void aMonthShortenedBeforeADayDoesNotEndASentence() {
        assertThat(sentences.split("Levering op 15 jan. 2027 bevestigd.", Language.NL)).hasSize(1);
        assertThat(sentences.split("Bespreking op 3 dec. daarna vakantie", Language.NL)).hasSize(1);
    }

    @Test
    void aLongRunOnNoteTypedWithoutPunctuationIsSplitWhereANewStatementStarts() {
        assertThat(sentences.split("bezoek gehad bij van dijk logistiek koffie met petra ze wil een offerte voor de "
                + "vestiging in venlo de levering van vorige week was weer te laat", Language.NL))
                .hasSizeGreaterThanOrEqualTo(2).endsWith("de levering van vorige week was weer te laat"); // the complaint on its own
        assertThat(sentences.split("lunch w/ gary he said the van came w/ wrong items again the driver was rude too he "
                + "wants a call from my manager", Language.EN)).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(clause -> assertThat(clause.split(" ")).hasSizeGreaterThanOrEqualTo(Clauses.MIN_PART));
    }

    @Test
    void aCommaFollowedByANewSubjectStartsANewStatement() {
        assertThat(sentences.split("Koffie met Jan de Vries, hij vroeg om een brochure.", Language.NL))
                .containsExactly("Koffie met Jan de Vries", "hij vroeg om een brochure.");
        assertThat(sentences.split("Quick call with Dana, she wants a quote for the Reno site.", Language.EN))
                .containsExactly("Quick call with Dana", "she wants a quote for the Reno site.");
        assertThat(sentences.split("Het ligt niet aan jou, maar het is al de tweede keer.", Language.NL)).hasSize(1);
        assertThat(sentences.split("De levering was te laat, zei hij boos.", Language.NL)).hasSize(1);
    }

    @Test
    void aShortOrPunctuatedSentenceStaysWhole() {
        assertThat(sentences.split("ze wil een offerte voor venlo", Language.NL)).containsExactly("ze wil een offerte voor venlo");
        assertThat(sentences.split("Het werkt goed, alleen jammer van de trage support.", Language.NL)).hasSize(1);
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
