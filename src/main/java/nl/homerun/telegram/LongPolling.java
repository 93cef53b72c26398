package nl.homerun.telegram;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Pulls updates with the TelegramBots long-polling client, against the configured Bot API URL. When the Bot API
 * cannot be reached at start, it keeps trying in the background instead of failing the start.
 */
class LongPolling implements SmartLifecycle {

    static final List<String> UPDATE_TYPES = List.of("message", "edited_message", "callback_query");
    private static final Logger log = LoggerFactory.getLogger(LongPolling.class);

    private final TelegramProperties properties;
    private final UpdateGateway gateway;
    private final ObjectMapper json;
    private final OkHttpClient http;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "telegram-connect");
        t.setDaemon(true);
        return t;
    });
    private TelegramBotsLongPollingApplication application;
    private ScheduledExecutorService poller;
    private volatile boolean running;

    LongPolling(TelegramProperties properties, UpdateGateway gateway, ObjectMapper json, OkHttpClient http) {
        this.properties = properties;
        this.gateway = gateway;
        this.json = json;
        this.http = http;
    }

    @Override
    public void start() {
        running = true;
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "telegram-poll");
            t.setDaemon(true);
            return t;
        });
        application = new TelegramBotsLongPollingApplication(() -> json, () -> http, () -> poller, PollPauses::new);
        connect(1);
    }

    private void connect(int attempt) {
        if (!running) {
            return;
        }
        try {
            application.registerBot(properties.botToken(), properties::telegramUrl,
                    new DefaultGetUpdatesGenerator(UPDATE_TYPES),
                    updates -> gateway.accept(updates, UpdateGateway.Patience.UNTIL_STORED));
            log.info("Polling Telegram at {}", properties.apiUrl());
        } catch (TelegramApiException | RuntimeException e) {
            long seconds = Math.min(60, 1L << Math.min(attempt, 6));
            log.warn("Cannot reach the Bot API ({}); trying again in {} s", BotApi.describe(e), seconds);
            try {
                application.unregisterBot(properties.botToken());
            } catch (TelegramApiException ignored) {
                // it was not registered
            }
            retries.schedule(() -> connect(attempt + 1), seconds, TimeUnit.SECONDS);
        }
    }

    /** Stops asking for updates. An update that arrives after this is not confirmed to Telegram and comes again. */
    @Override
    public void stop() {
        running = false;
        retries.shutdownNow();
        // interrupting the long poll in progress makes the library log an ERROR that is no error here
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        logging.setLogLevel(BotSession.class.getName(), LogLevel.OFF);
        try {
            application.close();
            poller.shutdownNow();
            poller.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.warn("Stopping the poller: {}", e.getClass().getSimpleName());
        } finally {
            logging.setLogLevel(BotSession.class.getName(), null);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return UpdateGateway.PHASE + 1000;
    }

    /**
     * The pauses between failed polls: from half a second, doubling, to at most five seconds, for as long as it takes.
     * The library's own grow to a minute and, once it has failed for fifteen minutes, to fifteen minutes each: after a
     * long outage the bot would stay deaf for up to a quarter of an hour.
     */
    static final class PollPauses implements BackOff {
        static final long FIRST_MILLIS = 500;
        static final long LONGEST_MILLIS = 5_000;
        private long next = FIRST_MILLIS;

        @Override
        public void reset() {
            next = FIRST_MILLIS;
        }

        @Override
        public long nextBackOffMillis() {
            long pause = next;
            next = Math.min(LONGEST_MILLIS, next * 2);
            return pause;
        }
    }
}
