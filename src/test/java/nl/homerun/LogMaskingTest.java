package nl.homerun;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A bot token is masked in every log line and stack trace, whoever logs it (a library's URL in an error, say). */
@SpringBootTest(properties = "mongodb.embedded=memory")
@ExtendWith(OutputCaptureExtension.class)
class LogMaskingTest {

    private static final String TOKEN = "987654321:AAFsecretPartOfTheTokenThatMustNotLeak";

    @Test
    void theTokenIsMaskedInMessagesAndExceptions(CapturedOutput output) {
        LoggerFactory.getLogger("some.library").warn("calling https://api.telegram.org/bot{}/getMe failed", TOKEN,
                new IllegalStateException("GET https://api.telegram.org/bot" + TOKEN + "/sendMessage: 502"));

        assertThat(output).contains("/bot<token>/getMe failed").contains("/bot<token>/sendMessage: 502")
                .doesNotContain("AAFsecretPartOfTheTokenThatMustNotLeak");
    }
}
