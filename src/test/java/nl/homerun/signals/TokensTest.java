package nl.homerun.signals;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void wordsAreLowerCasedWithoutAccentsAndNumbersBecomeOneToken() {
        assertThat(Tokens.of("Privé: 20 extra licenties, €1.500,- per jaar?!"))
                .containsExactly("prive", "<num>", "extra", "licenties", "<num>", "per", "jaar", "?!");
    }

    @Test
    void anEllipsisIsKeptBecauseItCarriesTone() {
        assertThat(Tokens.of("Het werkt goed, alleen jammer van de...")).endsWith("de", "…");
        assertThat(Tokens.of("tja…")).containsExactly("tja", "…");
    }

    @Test
    void emojiAreTokensOfTheirOwnWithoutSkinToneOrJoinedParts() {
        assertThat(Tokens.of("klant boos 😡😡 levering weer te laat 🙄 👍🏽 👨‍💻"))
                .containsExactly("klant", "boos", "😡", "😡", "levering", "weer", "te", "laat", "🙄", "👍", "👨");
    }

    @Test
    void repeatedMarksAndStretchedLettersAreOneToken() {
        assertThat(Tokens.of("weer te laat!!! echt?? nou?! heeeel fijn")).containsExactly("weer", "te", "laat", "!!",
                "echt", "??", "nou", "?!", "heel", "fijn");
    }

    @Test
    void abbreviationsHyphensAndContractionsStayWhole() {
        assertThat(Tokens.of("o.a. de e-mail van J. Smith, don’t worry, they're 24/7 open"))
                .containsExactly("o.a.", "de", "e-mail", "van", "j", "smith", "don't", "worry", "they're", "<num>", "open");
    }

    @Test
    void quotesAndEmoticonsAreKept() {
        assertThat(Tokens.of("“Prima,” zei ze :) maar :( daarna")).containsExactly("\"", "prima", "\"", "zei", "ze", ":)",
                "maar", ":(", "daarna");
    }
}
