package nl.homerun;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * The terminal chat has no web server, so nobody can ask it for health or metrics, and it reads and writes no JSON: it
 * leaves out the actuator's, the health, the metrics, the JSON mappers' and the HTTP message converters'
 * auto-configuration (about a quarter of the classes loaded at start, among them two versions of Jackson). The
 * Telegram bot, which serves {@code /actuator/health} and speaks JSON, keeps them all. Registered in {@code META-INF/spring.factories}.
 */
public class TerminalAutoConfigurationFilter implements AutoConfigurationImportFilter, EnvironmentAware {

    /** The packages of the auto-configuration that only serves a web server, its management endpoints and JSON. */
    static final java.util.List<String> LEFT_OUT = java.util.List.of("org.springframework.boot.actuate.",
            "org.springframework.boot.health.", "org.springframework.boot.micrometer.", "org.springframework.boot.jackson.",
            "org.springframework.boot.http.converter.");

    private boolean terminal;

    @Override
    public void setEnvironment(Environment environment) {
        terminal = environment.getProperty("homerun.terminal", Boolean.class, false)
                && "none".equalsIgnoreCase(environment.getProperty("spring.main.web-application-type", ""));
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata autoConfigurationMetadata) {
        boolean[] match = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < match.length; i++) {
            String name = autoConfigurationClasses[i];
            match[i] = !terminal || name == null || LEFT_OUT.stream().noneMatch(name::startsWith);
        }
        return match;
    }
}
