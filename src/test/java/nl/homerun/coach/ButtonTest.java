package nl.homerun.coach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ButtonTest {

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    void acceptsAnActionOfExactly64Bytes() {
        String action = "lang:" + "x".repeat(59);
        assertThat(bytes(action)).isEqualTo(64);

        assertThat(new Button("Label", action).action()).isEqualTo(action);
    }

    @Test
    void acceptsAMultiByteActionOfExactly64Bytes() {
        String action = "lang:" + "é".repeat(29) + "x";
        assertThat(bytes(action)).isEqualTo(64);

        assertThat(new Button("Label", action).action()).isEqualTo(action);
    }

    @Test
    void rejectsAnActionOf65Bytes() {
        String action = "lang:" + "x".repeat(60);
        assertThat(bytes(action)).isEqualTo(65);

        assertThatIllegalArgumentException().isThrownBy(() -> new Button("Label", action));
    }

    @ParameterizedTest
    @CsvSource({"é, 30", "€, 20", "\uD83D\uDE00, 15"})
    void rejectsAnActionUnder64CharsButOver64Bytes(String character, int count) {
        String action = "lang:" + character.repeat(count);
        assertThat(action.length()).isLessThanOrEqualTo(64);
        assertThat(bytes(action)).isGreaterThan(64);

        assertThatIllegalArgumentException().isThrownBy(() -> new Button("Label", action));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", ":yes", "", "nofeature"})
    void rejectsAnActionWithoutFeaturePrefix(String action) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Button("Label", action));
    }

    @Test
    void acceptsAFeaturePrefixedAction() {
        Button button = new Button("🇳🇱 Nederlands", "lang:nl");

        assertThat(button.label()).isEqualTo("🇳🇱 Nederlands");
        assertThat(button.action()).isEqualTo("lang:nl");
    }
}
