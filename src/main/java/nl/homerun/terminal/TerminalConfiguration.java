package nl.homerun.terminal;

import java.nio.file.Path;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.homerun.coach.Coach;
import nl.homerun.coach.Notifier;
import nl.homerun.storage.DurableWrites;

/**
 * The terminal chat, on when Homerun starts without a bot token. It talks as one local user
 * ({@code HOMERUN_TERMINAL_USER}, default 1) in the language of {@code HOMERUN_LANGUAGE} or else the system's.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "homerun.terminal", havingValue = "true")
class TerminalConfiguration {

    /** Reminders in the terminal: printed between the lines of the chat, once per occasion. */
    @Bean
    Notifier terminalNotifier(DurableWrites durable) {
        java.util.Set<String> sent = java.util.concurrent.ConcurrentHashMap.newKeySet();
        return (userId, key, replies) -> {
            if (sent.add(key)) {
                durable.flush();
                replies.forEach(reply -> System.out.println("\n⏰ " + nl.homerun.coach.Html.toPlainText(reply.text())));
                System.out.flush();
            }
        };
    }

    @Bean
    TerminalChat terminalChat(Coach coach, DurableWrites durable, @Value("${homerun.terminal-user:1}") long userId,
            @Value("${homerun.language:}") String language, @Value("${homerun.data-dir:./data}") Path dataDir) {
        String code = language.isBlank() ? Locale.getDefault().getLanguage() : language;
        return new TerminalChat(coach, durable, userId, code, dataDir.resolve("downloads"));
    }
}
