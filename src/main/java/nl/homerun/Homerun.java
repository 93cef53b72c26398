package nl.homerun;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

import nl.homerun.signals.SignalsCommandLine;
import nl.homerun.terminal.TerminalChat;

/**
 * Starts Homerun: the Telegram bot when {@code TELEGRAM_BOT_TOKEN} is set, otherwise a chat on this terminal;
 * or, with {@code analyze}, {@code train-models}, {@code evaluate-models} or {@code compare-models}, the signal
 * detector's command line, or with {@code evaluate-understanding} the note reader's figures on the labelled notes
 * (no Spring, no database).
 */
@SpringBootApplication
public class Homerun {

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && List.of("analyze", "train-models", "evaluate-models", "compare-models").contains(args[0])) {
            System.exit(SignalsCommandLine.run(args, System.in, System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("evaluate-understanding")) {
            nl.homerun.understanding.UnderstandingEvaluation.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        SpringApplication application = new SpringApplication(Homerun.class);
        application.addListeners(new nl.homerun.storage.DataDirectoryCheck(), new ChannelSelection(),
                new nl.homerun.telegram.TelegramWarmUp());
        application.addInitializers(new nl.homerun.storage.EarlyEmbeddedMongo());
        ConfigurableApplicationContext context = application.run(args);
        TerminalChat terminal = context.getBeanProvider(TerminalChat.class).getIfAvailable();
        if (terminal != null) {
            try (context) {
                terminal.run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), System.out);
            }
        }
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
