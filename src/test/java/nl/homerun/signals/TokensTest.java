package nl.homerun.signals;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.homerun.users.Language;

class TokensTest {

    private final Tokens tokens = Tokens.fromClasspath();

    @Test
    void dutchIsLowerCasedWithoutAccentsNumbersAndMostPunctuation() {
        assertThat(tokens.of("Privé: 20 extra licenties, €1.500,- per jaar?!", Language.NL))
                .containsExactly("prive", "<num>", "extra", "licenties", "<num>", "per", "jaar", "?", "!");
    }

    @Test
    void anEllipsisIsKeptBecauseItCarriesTone() {
        assertThat(tokens.of("Het werkt goed, alleen jammer van de...", Language.NL)).endsWith("de", "…");
    }

    @Test
    void englishUsesTheOpenNlpTokenizer() {
        assertThat(tokens.of("They \"want\" the Q3 quote, don't they?", Language.EN))
                .containsExactly("they", "\"", "want", "\"", "the", "q3", "quote", "don't", "they", "?");
    }
}
