package nl.homerun.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.homerun.users.Language;

class LanguageSettingsTest {

    @ParameterizedTest
    @ValueSource(strings = {"nl", "NL", "Nederlands", "nederlands", "NEDERLANDS", "dutch", "Dutch", "  nl  "})
    void readsDutch(String text) {
        assertThat(LanguageSettings.parse(text)).contains(Language.NL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "EN", "engels", "Engels", "english", "English", " en "})
    void readsEnglish(String text) {
        assertThat(LanguageSettings.parse(text)).contains(Language.EN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "de", "Deutsch", "frans", "klingon", "nl en", "lang:xx"})
    void unknownLanguageIsEmpty(String text) {
        assertThat(LanguageSettings.parse(text)).isEmpty();
    }
}
