package nl.homerun.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import nl.homerun.coach.Coach;

/** The terminal chat reads a scripted session line by line; numbers press the buttons of the last answer. */
@SpringBootTest(properties = "mongodb.embedded=memory")
class TerminalChatTest {

    @Autowired
    Coach coach;

    @TempDir
    Path downloads;

    @Test
    void aScriptedSessionPressesButtonsByNumber() throws Exception {
        String output = chat(9001, "en", "/start\n1\n/tijdzone\n4\nBrussel\n");

        assertThat(output).contains("Welcome to Homerun, your coach").doesNotContain("<b>")
                .contains("  [1] 🇳🇱 Liever Nederlands")
                .contains("Vanaf nu spreek ik Nederlands met je.")
                .contains("  [1] ✓ Europe/Amsterdam  [2] Europe/Brussels  [3] Europe/London")
                .contains("  [4] Andere…")
                .contains("Typ je tijdzone of een stad")
                .contains("Je tijdzone is nu Europe/Brussels.");
    }

    @Test
    void aMessageTheCoachChangesIsPrintedAgainMarkedAsUpdated() throws Exception {
        String output = chat(9003, "nl", "/tijdzone\n2\n1\n");

        assertThat(output).containsSubsequence("Je tijdzone is Europe/Amsterdam; je herinneringen volgen die klok.",
                "  [1] ✓ Europe/Amsterdam  [2] Europe/Brussels  [3] Europe/London",
                "✎ Je tijdzone is nu Europe/Brussels.\n  [1] Europe/Amsterdam  [2] ✓ Europe/Brussels",
                "✎ Je tijdzone is nu Europe/Amsterdam.\n  [1] ✓ Europe/Amsterdam  [2] Europe/Brussels");
    }

    @Test
    void theLastQuestionsButtonsAreNumberedFromOneSoItsOwnNumbersMatch() throws Exception {
        String output = chat(9004, "nl", "ik stuur vrijdag de offerte naar fabrikam\n1\n/taken\n");

        assertThat(output).containsSubsequence("  [4] 👥 Wie  [5] ✏️  [6] 🗑", "1. 📌 Taak: Ik stuur vrijdag de offerte",
                "  [1] ✅ 1  [2] ✏️  [3] ✖️", "📌 Taak gemaakt: Ik stuur vrijdag de offerte naar fabrikam",
                "Open taken (1)");
    }

    @Test
    void aNumberWithoutButtonsIsJustText() throws Exception {
        String output = chat(9002, "nl", "/help\n1\n");

        assertThat(output).contains("Wat ik kan").contains("Is dit een notitie? Een los woord of getal bewaar ik alleen als je dat wilt.");
    }

    private String chat(long user, String language, String script) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TerminalChat(coach, () -> { }, user, language, downloads)
                .run(new BufferedReader(new StringReader(script)), new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
