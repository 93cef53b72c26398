package nl.homerun.telegram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Receives updates that Telegram posts, for running several instances behind a load balancer. Only requests
 * carrying the configured secret in {@code X-Telegram-Bot-Api-Secret-Token} are taken.
 */
@RestController
@ConditionalOnExpression("!'${telegram.bot-token:}'.isBlank() and !'${telegram.webhook-url:}'.isBlank()")
class Webhook {

    private static final Logger log = LoggerFactory.getLogger(Webhook.class);
    /** The largest update body taken: Telegram's updates are a few kilobytes, a long message with entities tens. */
    static final int MAX_BODY = 1 << 20;

    private final UpdateGateway gateway;
    private final ObjectMapper json;
    private final TelegramProperties properties;
    private final TelegramClient client;

    Webhook(UpdateGateway gateway, ObjectMapper json, TelegramProperties properties, TelegramClient client) {
        this.gateway = gateway;
        this.json = json;
        this.properties = properties;
        this.client = client;
    }

    /**
     * The secret is checked before the body is read, and a body is read only up to {@link #MAX_BODY} (an update is a
     * few kilobytes): a caller without the secret, or with a huge body, costs neither memory nor a thread for long.
     */
    @PostMapping("${telegram.webhook-path:/telegram/webhook}")
    ResponseEntity<Void> receive(@RequestHeader(name = "X-Telegram-Bot-Api-Secret-Token", required = false) String secret,
            HttpServletRequest request) throws java.io.IOException {
        if (!hasSecret(secret)) {
            log.warn("Webhook call without the right secret refused");
            return ResponseEntity.status(401).build();
        }
        if (request.getContentLengthLong() > MAX_BODY) {
            log.warn("Webhook body of {} bytes refused (at most {})", request.getContentLengthLong(), MAX_BODY);
            return ResponseEntity.status(413).build();
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            log.warn("Webhook body over {} bytes refused", MAX_BODY);
            return ResponseEntity.status(413).build();
        }
        Update update;
        try {
            update = json.readValue(body, Update.class);
        } catch (java.io.IOException | RuntimeException e) {
            log.warn("Webhook body is not an update ({}); skipped", e.getClass().getSimpleName());
            return ResponseEntity.ok().build();
        }
        boolean taken = gateway.accept(List.of(update), UpdateGateway.Patience.ONE_TRY);
        return taken ? ResponseEntity.ok().build() : ResponseEntity.status(503).build();
    }

    private boolean hasSecret(String secret) {
        return secret != null && MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8),
                properties.webhookSecret().getBytes(StandardCharsets.UTF_8));
    }

    /** Tells Telegram where to post. Every instance may do so: the call is idempotent. */
    @EventListener(ApplicationReadyEvent.class)
    void register() {
        try {
            client.executeAsync(SetWebhook.builder().url(properties.webhookUrl()).secretToken(properties.webhookSecret())
                    .allowedUpdates(LongPolling.UPDATE_TYPES).build())
                    .whenComplete((ok, error) -> {
                        if (error != null) {
                            log.error("setWebhook failed: {}", BotApi.describe(error));
                        } else {
                            log.info("Webhook registered");
                        }
                    });
        } catch (RuntimeException e) {
            log.error("setWebhook failed: {}", BotApi.describe(e));
        }
    }
}
