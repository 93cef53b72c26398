package nl.homerun.telegram;

import java.util.List;

import org.springframework.context.annotation.Bean;

import nl.homerun.coach.ChatFeature;
import nl.homerun.coach.Command;
import nl.homerun.coach.CommandSpec;
import nl.homerun.coach.Reply;
import nl.homerun.coach.Turn;

/**
 * A test-only feature: {@code /slow} takes a second and answers with a text too long for one Telegram message.
 * Added as an extra source of the application (not scanned), so only the tests that ask for it have it.
 */
class SlowFeature {

    static final String PARAGRAPH = "Dit is een lange alinea over een bezoek bij een klant, met veel details. ".repeat(20);

    @Bean
    ChatFeature slow() {
        return new ChatFeature() {
            @Override
            public String name() {
                return "slow";
            }

            @Override
            public List<CommandSpec> commands() {
                return List.of(CommandSpec.of("slow", "core.help.description"));
            }

            @Override
            public List<Reply> onCommand(Turn turn, Command command) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return List.of(Reply.text(("<b>Lang</b>\n\n" + PARAGRAPH + "\n\n").repeat(6)));
            }
        };
    }
}
