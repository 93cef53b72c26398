package nl.homerun;

import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Leaves out the auto-configuration that Homerun would start and never use, so that the first reply comes sooner.
 * Metrics and observations always: Homerun records none and exposes none (the actuator serves only health and info),
 * yet Micrometer's binders load some 400 classes at start. In the terminal chat, which has no web server and reads and
 * writes no JSON, also the actuator, health, the JSON mappers and the HTTP message converters (about a quarter of the
 * classes loaded at start, among them two versions of Jackson). Registered in {@code META-INF/spring.factories}.
 */
public class UnusedAutoConfigurationFilter implements AutoConfigurationImportFilter, EnvironmentAware {

    /** Left out in every mode. */
    static final List<String> NEVER_USED = List.of("org.springframework.boot.micrometer.",
            "org.springframework.boot.tomcat.autoconfigure.metrics.", "org.springframework.boot.webmvc.autoconfigure.WebMvcObservation");

    /** Left out in the terminal chat: what only serves a web server, its management endpoints and JSON. */
    static final List<String> TERMINAL_ONLY_LEFT_OUT = List.of("org.springframework.boot.actuate.",
            "org.springframework.boot.health.", "org.springframework.boot.jackson.", "org.springframework.boot.http.converter.");

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
            match[i] = name == null || !(leftOut(name, NEVER_USED) || terminal && leftOut(name, TERMINAL_ONLY_LEFT_OUT));
        }
        return match;
    }

    private static boolean leftOut(String name, List<String> prefixes) {
        return prefixes.stream().anyMatch(name::startsWith);
    }
}
