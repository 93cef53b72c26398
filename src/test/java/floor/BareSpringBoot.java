package floor;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The floor of {@code nl.homerun.FirstReplyBenchmark}: a Spring Boot application with no beans of its own, started
 * from Homerun's jar (so on the same class path, with the same auto-configuration candidates), that answers the
 * first line on standard input. With {@code --web} it also starts the embedded web server on a free port, as the
 * Telegram bot does; without, it runs like the terminal chat (no web server, log to a file). Either way without the
 * actuator (management endpoints, health, metrics), as a bare application has none. Kept outside
 * {@code nl.homerun}, so that no test or module check ever finds it.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
public class BareSpringBoot {

    public static void main(String[] args) throws Exception {
        boolean web = java.util.Arrays.asList(args).contains("--web");
        SpringApplication application = new SpringApplication(BareSpringBoot.class);
        java.util.Map<String, Object> defaults = new java.util.HashMap<>();
        defaults.put("spring.main.banner-mode", "off");
        defaults.put("logging.threshold.console", "OFF");
        defaults.put("logging.file.name", System.getProperty("java.io.tmpdir") + "/bare-spring-boot.log");
        if (web) {
            defaults.put("server.port", "0");
        } else {
            defaults.put("spring.main.web-application-type", "none");
        }
        defaults.put("spring.autoconfigure.exclude", String.join(",", leftOut(web)));
        application.setDefaultProperties(defaults);
        try (ConfigurableApplicationContext context = application.run()) {
            System.out.println("ready");
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line = in.readLine();
            System.out.println("echo: " + line);
            System.out.flush();
        }
    }

    /**
     * A bare application has no actuator: the auto-configuration of management endpoints, health and metrics on the
     * class path is left out, and without a web server also JSON and HTTP converters, as Homerun's terminal chat
     * leaves them out (by name here, so that the floor does not depend on the jar it runs from).
     */
    private static java.util.List<String> leftOut(boolean web) throws java.io.IOException {
        java.util.List<String> packages = new java.util.ArrayList<>(java.util.List.of("org.springframework.boot.actuate.",
                "org.springframework.boot.health.", "org.springframework.boot.micrometer."));
        if (!web) {
            packages.addAll(java.util.List.of("org.springframework.boot.jackson.", "org.springframework.boot.http.converter."));
        }
        java.util.List<String> names = new java.util.ArrayList<>();
        java.util.Enumeration<java.net.URL> lists = BareSpringBoot.class.getClassLoader()
                .getResources("META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports");
        while (lists.hasMoreElements()) {
            try (java.io.InputStream in = lists.nextElement().openStream()) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                    String name = line.strip();
                    if (packages.stream().anyMatch(name::startsWith)) {
                        names.add(name);
                    }
                }
            }
        }
        return names;
    }
}
