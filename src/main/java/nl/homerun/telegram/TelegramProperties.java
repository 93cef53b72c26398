package nl.homerun.telegram;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * The Telegram settings; each maps to an environment variable of the same name (see README.md).
 *
 * @param botToken             {@code TELEGRAM_BOT_TOKEN}; without it Homerun runs as a terminal chat
 * @param apiUrl               {@code TELEGRAM_API_URL}: scheme, host and port of the Bot API (a local Bot API server, a test fake)
 * @param webhookUrl           {@code TELEGRAM_WEBHOOK_URL}: when set, Telegram posts updates there instead of being polled
 * @param webhookSecret        {@code TELEGRAM_WEBHOOK_SECRET}: the secret Telegram sends with every webhook call
 * @param messagesPerSecond    the bot's total send rate (Telegram allows about 30)
 * @param chatMessagesPerSecond the send rate into one chat (Telegram allows about 1)
 * @param chatBurst            how many messages may go into one chat at once before that rate applies
 * @param workers              how many chats are answered at the same time
 * @param typingAfter          how long an answer may take before the chat shows "typing…"
 * @param giveUpAfter          how long an unsent message is retried before it is marked failed
 */
@ConfigurationProperties("telegram")
public record TelegramProperties(String botToken,
        @DefaultValue("https://api.telegram.org") URI apiUrl,
        String webhookUrl,
        String webhookSecret,
        @DefaultValue("/telegram/webhook") String webhookPath,
        @DefaultValue("30") int messagesPerSecond,
        @DefaultValue("1") int chatMessagesPerSecond,
        @DefaultValue("3") int chatBurst,
        @DefaultValue("8") int workers,
        @DefaultValue("PT0.8S") Duration typingAfter,
        @DefaultValue("PT24H") Duration giveUpAfter) {

    public TelegramProperties {
        if (webhookUrl != null && !webhookUrl.isBlank()
                && (webhookSecret == null || !webhookSecret.matches("[A-Za-z0-9_-]{16,256}"))) {
            throw new IllegalArgumentException("TELEGRAM_WEBHOOK_URL needs TELEGRAM_WEBHOOK_SECRET: 16 to 256 characters "
                    + "of A-Z, a-z, 0-9, _ and -, the same on every instance");
        }
    }

    TelegramUrl telegramUrl() {
        String scheme = apiUrl.getScheme() == null ? "https" : apiUrl.getScheme();
        int port = apiUrl.getPort() > 0 ? apiUrl.getPort() : "http".equals(scheme) ? 80 : 443;
        return new TelegramUrl(scheme, apiUrl.getHost(), port, false);
    }

    /** Where a file Telegram keeps for us can be downloaded (the library's own helper ignores {@code apiUrl}). */
    String fileUrl(String filePath) {
        TelegramUrl url = telegramUrl();
        return url.getSchema() + "://" + url.getHost() + ":" + url.getPort() + "/file/bot" + botToken + "/" + filePath;
    }

    @Override
    public String toString() {
        return "TelegramProperties[apiUrl=" + apiUrl + ", webhookUrl=" + webhookUrl + ", token=<hidden>]";
    }
}
