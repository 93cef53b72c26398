package nl.homerun;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Where the start goes: starts Homerun as the jar does (the terminal chat, or with {@code -Dtelegram=true} the bot
 * against a fake Bot API) with
 * Spring's {@link BufferingApplicationStartup}, prints the slowest steps (bean instantiations with their own time,
 * without that of the beans they needed) and stops. Run by hand:
 * {@code mvn -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=nl.homerun.StartupSteps
 * [-Dtop=25]}; use a fresh {@code HOMERUN_DATA_DIR}.
 */
public final class StartupSteps {

    public static void main(String[] args) throws Exception {
        nl.homerun.telegram.FakeBotApi api = null;
        if (Boolean.getBoolean("telegram")) { // the bot, against a fake Bot API in this JVM
            api = new nl.homerun.telegram.FakeBotApi();
            System.setProperty("telegram.bot-token", nl.homerun.telegram.FakeBotApi.TOKEN);
            System.setProperty("telegram.api-url", api.url());
            System.setProperty("server.port", "0");
        }
        long start = System.nanoTime();
        SpringApplication application = new SpringApplication(Homerun.class);
        application.addListeners(new ChannelSelection());
        application.addInitializers(new nl.homerun.storage.EarlyEmbeddedMongo());
        BufferingApplicationStartup startup = new BufferingApplicationStartup(100_000);
        application.setApplicationStartup(startup);
        try (ConfigurableApplicationContext context = application.run(args)) {
            System.out.printf("context started in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        }
        if (api != null) {
            api.close();
        }
        List<StartupTimeline.TimelineEvent> events = startup.getBufferedTimeline().getEvents();
        // a step's own time: its duration less that of the steps directly inside it
        java.util.Map<Long, Duration> children = new java.util.HashMap<>();
        for (StartupTimeline.TimelineEvent event : events) {
            Long parent = event.getStartupStep().getParentId();
            if (parent != null) {
                children.merge(parent, event.getDuration(), Duration::plus);
            }
        }
        List<String[]> rows = new ArrayList<>();
        for (StartupTimeline.TimelineEvent event : events) {
            Duration own = event.getDuration().minus(children.getOrDefault(event.getStartupStep().getId(), Duration.ZERO));
            StringBuilder tags = new StringBuilder();
            event.getStartupStep().getTags().forEach(tag -> {
                if (tag.getKey().equals("beanName") || tag.getKey().equals("name")) {
                    tags.append(' ').append(tag.getValue());
                }
            });
            rows.add(new String[] {String.valueOf(own.toMillis()), String.valueOf(event.getDuration().toMillis()),
                    event.getStartupStep().getName() + tags});
        }
        rows.sort(Comparator.comparingLong((String[] r) -> Long.parseLong(r[0])).reversed());
        System.out.printf("%8s %8s  %s%n", "own ms", "total ms", "step");
        rows.stream().limit(Integer.getInteger("top", 25)).forEach(r -> System.out.printf("%8s %8s  %s%n", r[0], r[1], r[2]));
    }

    private StartupSteps() {
    }
}
