package nl.homerun.telegram;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoDatabase;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import nl.homerun.Homerun;

/** The whole application, started as in production but against a {@link FakeBotApi}. */
final class RunningBot implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private RunningBot(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** With the embedded server in memory. */
    static RunningBot start(FakeBotApi api, String... properties) {
        return start(api, null, WebApplicationType.NONE, List.of(), properties);
    }

    /** With the embedded server in memory and extra sources (test features). */
    static RunningBot start(FakeBotApi api, List<Class<?>> extraSources, String... properties) {
        return start(api, null, WebApplicationType.NONE, extraSources, properties);
    }

    /** With the embedded server in files under {@code dataDir}, to survive a restart. */
    static RunningBot startWithData(FakeBotApi api, Path dataDir, String... properties) {
        return start(api, dataDir, WebApplicationType.NONE, List.of(), properties);
    }

    static RunningBot start(FakeBotApi api, Path dataDir, WebApplicationType web, List<Class<?>> extraSources,
            String... properties) {
        return start(api, dataDir, null, web, extraSources, properties);
    }

    /** With the embedded server in files under {@code dataDir}, its store handed over by {@code store}. */
    static RunningBot startWithStore(FakeBotApi api, Path dataDir,
            org.springframework.context.ApplicationContextInitializer<ConfigurableApplicationContext> store,
            WebApplicationType web, String... properties) {
        return start(api, dataDir, store, web, List.of(), properties);
    }

    private static RunningBot start(FakeBotApi api, Path dataDir,
            org.springframework.context.ApplicationContextInitializer<ConfigurableApplicationContext> store,
            WebApplicationType web, List<Class<?>> extraSources, String... properties) {
        List<String> all = new ArrayList<>(List.of(
                "telegram.bot-token=" + FakeBotApi.TOKEN,
                "telegram.api-url=" + api.url(),
                "telegram.typing-after=PT0.3S",
                "server.port=0"));
        all.add(dataDir == null ? "mongodb.embedded=memory" : "homerun.data-dir=" + dataDir);
        all.addAll(List.of(properties));
        List<Class<?>> sources = new ArrayList<>(List.of(Homerun.class));
        sources.addAll(extraSources);
        SpringApplicationBuilder builder = new SpringApplicationBuilder(sources.toArray(Class[]::new)).web(web)
                .properties(all.toArray(String[]::new));
        if (store != null) {
            builder.initializers(store);
        }
        return new RunningBot(builder.run());
    }

    MongoDatabase database() {
        return context.getBean(MongoDatabase.class);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    <T> T bean(String name, Class<T> type) {
        return context.getBean(name, type);
    }

    int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0"));
    }

    @Override
    public void close() {
        context.close();
    }
}
