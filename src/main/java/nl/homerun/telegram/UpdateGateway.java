package nl.homerun.telegram;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Update;

import nl.homerun.coach.Coach;
import nl.homerun.coach.Redacted;
import nl.homerun.coach.Reply;

/**
 * Where updates come in, from the poller and the webhook alike. Each is claimed in the {@link UpdateInbox}
 * (a redelivery is dropped there), then answered in its chat's lane: in order within a chat, in parallel across
 * chats. Nothing here throws back at the poller, which would stop polling for good.
 */
class UpdateGateway implements SmartLifecycle {

    static final int PHASE = TelegramSender.PHASE + 1000;
    private static final Logger log = LoggerFactory.getLogger(UpdateGateway.class);

    private final Coach coach;
    private final UpdateInbox inbox;
    private final TelegramSender sender;
    private final BotApi api;
    private final FileDownloader files;
    private final ObjectMapper json;
    private final TelegramProperties properties;
    private final ChatLanes lanes;
    private final ScheduledExecutorService typing = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "telegram-typing");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean running;

    UpdateGateway(Coach coach, UpdateInbox inbox, TelegramSender sender, BotApi api, FileDownloader files,
            ObjectMapper json, TelegramProperties properties) {
        this.coach = coach;
        this.inbox = inbox;
        this.sender = sender;
        this.api = api;
        this.files = files;
        this.json = json;
        this.properties = properties;
        this.lanes = new ChatLanes(properties.workers());
    }

    /** Takes updates in; false (and nothing taken) when shutting down, so that they are delivered again later. */
    boolean accept(List<Update> updates) {
        if (!running) {
            log.info("Shutting down: {} updates left for Telegram to deliver again", updates.size());
            return false;
        }
        for (Update update : updates) {
            try {
                take(update);
            } catch (RuntimeException e) {
                log.error("Update {} could not be taken in", update.getUpdateId(), Redacted.of(e));
            }
        }
        return true;
    }

    private void take(Update update) {
        Optional<TelegramUpdate> read = TelegramUpdate.read(update, files);
        if (read.isEmpty()) {
            log.info("Update {} skipped: not a message or button press from a person", update.getUpdateId());
            return;
        }
        TelegramUpdate received = read.get();
        if (!coach.admits(received.event().userId())) {
            refuse(received);
            return;
        }
        if (!inbox.claim(new UpdateInbox.Received(received.updateId(), received.chatId(), toJson(update)))) {
            log.info("Update {} was delivered before; ignored", received.updateId());
            return;
        }
        lanes.submit(received.chatId(), () -> answer(received));
    }

    /** Answers someone who may not use this bot, without storing anything of theirs. */
    private void refuse(TelegramUpdate update) {
        acknowledgeButton(update);
        for (Reply reply : coach.handle(update.event())) {
            api.fireAndForget(SendMessage.builder().chatId(update.chatId()).text(reply.text()).parseMode("HTML").build());
        }
    }

    private void answer(TelegramUpdate update) {
        acknowledgeButton(update);
        long typingMillis = properties.typingAfter().toMillis();
        ScheduledFuture<?> typingIndicator = typing.scheduleAtFixedRate(
                () -> api.fireAndForget(SendChatAction.builder().chatId(update.chatId()).action("typing").build()),
                typingMillis, 4500, TimeUnit.MILLISECONDS);
        try {
            List<Reply> replies = coach.handle(update.event());
            sender.send(update.chatId(), replies);
            inbox.answered(update.updateId());
        } catch (RuntimeException e) {
            log.error("Update {} could not be answered; it is kept and retried at the next start", update.updateId(),
                    Redacted.of(e));
        } finally {
            typingIndicator.cancel(false);
        }
    }

    private void acknowledgeButton(TelegramUpdate update) {
        if (update.callbackQueryId() != null) {
            api.fireAndForget(AnswerCallbackQuery.builder().callbackQueryId(update.callbackQueryId()).build());
        }
    }

    private String toJson(Update update) {
        try {
            return json.writeValueAsString(update);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Update " + update.getUpdateId() + " cannot be written as JSON", e);
        }
    }

    /** Answers what a crash or a hard stop left unanswered, before new updates come in. */
    @Override
    public void start() {
        running = true;
        for (UpdateInbox.Received left : inbox.unanswered()) {
            try {
                Update update = json.readValue(left.json(), Update.class);
                TelegramUpdate.read(update, files).ifPresent(u -> lanes.submit(u.chatId(), () -> answer(u)));
            } catch (JsonProcessingException | RuntimeException e) {
                log.error("Stored update {} cannot be read back; left in the inbox", left.updateId());
            }
        }
    }

    /** Lets the updates being answered finish. */
    @Override
    public void stop() {
        running = false;
        if (!lanes.drain(20, TimeUnit.SECONDS)) {
            log.warn("{} updates were still being answered at shutdown; they are answered at the next start",
                    lanes.inFlight());
        }
        typing.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
