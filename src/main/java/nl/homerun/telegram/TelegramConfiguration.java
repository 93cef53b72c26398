package nl.homerun.telegram;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import nl.homerun.coach.Coach;
import nl.homerun.storage.DurableWrites;

/** The Telegram channel, switched on by {@code TELEGRAM_BOT_TOKEN}; a webhook when {@code TELEGRAM_WEBHOOK_URL} is set. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${telegram.bot-token:}'.isBlank()")
@EnableConfigurationProperties(TelegramProperties.class)
class TelegramConfiguration {

    /**
     * Reads a long poll's answer (50 s) with room to spare, and lets as many calls run at once as there are sender
     * threads plus the poller and the small calls (OkHttp allows 5 per host by default).
     */
    @Bean
    OkHttpClient telegramHttp(TelegramProperties properties, ObjectMapper telegramJson, PollingWatch pollingWatch) {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(4 * properties.workers() + 8);
        dispatcher.setMaxRequestsPerHost(4 * properties.workers() + 8);
        return new OkHttpClient.Builder().dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(2 * properties.workers() + 4, 5, TimeUnit.MINUTES))
                .connectTimeout(15, TimeUnit.SECONDS).readTimeout(75, TimeUnit.SECONDS)
                .writeTimeout(30, TimeUnit.SECONDS).addInterceptor(pollingWatch).eventListener(pollingWatch)
                .addInterceptor(new UnreadableUpdates(telegramJson)).addInterceptor(new UnreadableAnswers(telegramJson)).build();
    }

    /** The long poll's health: DOWN when no getUpdates was answered for three minutes (with a webhook: always UP). */
    @Bean
    PollingWatch pollingWatch(Clock clock, TelegramProperties properties) {
        return new PollingWatch(clock, properties.webhookUrl() == null || properties.webhookUrl().isBlank());
    }

    /** TelegramBots' Jackson 2 mapper for its update objects; the rest of the application uses Boot's Jackson 3. */
    @Bean
    ObjectMapper telegramJson() {
        return new ObjectMapper();
    }

    @Bean
    TelegramClient telegramClient(OkHttpClient telegramHttp, ObjectMapper telegramJson, TelegramProperties properties) {
        return new OkHttpTelegramClient(telegramJson, telegramHttp, properties.botToken(), properties.telegramUrl());
    }

    @Bean
    BotApi botApi(TelegramClient telegramClient) {
        return new BotApi(telegramClient);
    }

    @Bean
    FileDownloader fileDownloader(TelegramClient telegramClient, OkHttpClient telegramHttp, TelegramProperties properties) {
        return new FileDownloader(telegramClient, telegramHttp, properties);
    }

    /**
     * The outbox under this process's instance identity: {@code TELEGRAM_INSTANCE_ID}, or with the embedded store,
     * which only one process can open, "embedded"; with a real MongoDB and no identity set, one of its own per start
     * (then a killed process's messages wait for their lease).
     */
    @Bean
    Outbox outbox(MongoDatabase database, Clock clock, @Value("${telegram.instance-id:}") String instanceId,
            @Value("${mongodb.uri:}") String mongoUri) {
        return new Outbox(database, clock, !instanceId.isBlank() ? instanceId : mongoUri.isBlank() ? "embedded" : null);
    }

    @Bean
    UpdateInbox updateInbox(MongoDatabase database, DurableWrites durable, Clock clock) {
        return new UpdateInbox(database, durable, clock);
    }

    @Bean
    TelegramSender telegramSender(BotApi botApi, Outbox outbox, DurableWrites durable, TelegramProperties properties,
            Clock clock, PollingWatch pollingWatch) {
        TelegramSender sender = new TelegramSender(botApi, outbox, durable, properties, clock);
        pollingWatch.whenReachableAgain(sender::retryNow);
        return sender;
    }

    @Bean
    UpdateGateway updateGateway(Coach coach, UpdateInbox inbox, TelegramSender sender, BotApi botApi,
            FileDownloader files, ObjectMapper telegramJson, TelegramProperties properties, Clock clock) {
        return new UpdateGateway(coach, inbox, sender, botApi, files, telegramJson, properties, clock);
    }

    @Bean
    CommandMenu commandMenu(Coach coach, BotApi botApi) {
        return new CommandMenu(coach, botApi);
    }

    @Bean
    @ConditionalOnExpression("'${telegram.webhook-url:}'.isBlank()")
    LongPolling longPolling(TelegramProperties properties, UpdateGateway gateway, ObjectMapper telegramJson,
            OkHttpClient telegramHttp) {
        return new LongPolling(properties, gateway, telegramJson, telegramHttp);
    }
}
