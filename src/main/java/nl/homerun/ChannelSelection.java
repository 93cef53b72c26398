package nl.homerun;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Without a bot token Homerun is a terminal chat: no web server, and the log goes to a file in the data
 * directory instead of across the conversation. Runs before logging is set up, so that it takes effect.
 */
class ChannelSelection implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        String token = environment.getProperty("telegram.bot-token", "");
        if (!token.isBlank()) {
            return;
        }
        Map<String, Object> terminal = new HashMap<>();
        terminal.put("homerun.terminal", "true");
        terminal.put("spring.main.web-application-type", "none");
        terminal.put("logging.threshold.console", "OFF");
        terminal.put("logging.file.name", environment.getProperty("homerun.data-dir", "./data") + "/homerun.log");
        environment.getPropertySources().addFirst(new MapPropertySource("terminal-chat", terminal));
    }

    /** Before Spring Boot's logging listener (highest precedence + 20). */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 15;
    }
}
