package nl.homerun.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTest {

    @ParameterizedTest
    @ValueSource(strings = {"nl", "nl-BE", "NL", "nl-NL"})
    void dutchCodesAreDutch(String code) {
        assertThat(Language.fromCode(code)).isEqualTo(Language.NL);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"en", "en-GB", "de", "fr", ""})
    void everythingElseIsEnglish(String code) {
        assertThat(Language.fromCode(code)).isEqualTo(Language.EN);
    }

    @Test
    void codesAndLocales() {
        assertThat(Language.NL.code()).isEqualTo("nl");
        assertThat(Language.EN.code()).isEqualTo("en");
        assertThat(Language.NL.locale().getLanguage()).isEqualTo("nl");
        assertThat(Language.EN.locale()).isEqualTo(Locale.ENGLISH);
    }
}
