package nl.homerun.telegram;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
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
    /** Updates being answered plus messages waiting to be sent, above which intake waits. */
    static final int MAX_WAITING = 2000;
    /** Telegram redelivers an update for 24 hours at most; a week of ids is kept to recognise it. */
    static final Duration REMEMBER_ANSWERED = Duration.ofDays(7);
    private static final Logger log = LoggerFactory.getLogger(UpdateGateway.class);

    private final Coach coach;
    private final UpdateInbox inbox;
    private final TelegramSender sender;
    private final Refusals refusals;
    private final BotApi api;
    private final FileDownloader files;
    private final ObjectMapper json;
    private final TelegramProperties properties;
    private final ChatLanes lanes;
    private final ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "telegram-timers");
        t.setDaemon(true);
        return t;
    });
    private final Clock clock;
    private volatile boolean running;

    UpdateGateway(Coach coach, UpdateInbox inbox, TelegramSender sender, BotApi api, FileDownloader files,
            ObjectMapper json, TelegramProperties properties, Clock clock) {
        this.coach = coach;
        this.inbox = inbox;
        this.sender = sender;
        this.api = api;
        this.files = files;
        this.json = json;
        this.properties = properties;
        this.lanes = new ChatLanes(properties.workers());
        this.clock = clock;
        this.refusals = new Refusals(clock);
        timers.setRemoveOnCancelPolicy(true);
    }

    /**
     * Takes updates in; false (and nothing taken) when shutting down, so that they are delivered again later. While
     * too much is waiting to be answered or sent, it waits first: the updates stay with Telegram meanwhile.
     */
    boolean accept(List<Update> updates) {
        waitForRoom();
        if (!running) {
            log.info("Shutting down: {} updates left for Telegram to deliver again", updates.size());
            return false;
        }
        List<TelegramUpdate> admitted = new ArrayList<>();
        List<UpdateInbox.Received> toClaim = new ArrayList<>();
        for (Update update : updates) {
            try {
                read(update).ifPresent(received -> {
                    admitted.add(received);
                    toClaim.add(new UpdateInbox.Received(received.updateId(), received.chatId(), toJson(update)));
                });
            } catch (RuntimeException e) {
                log.error("Update {} could not be taken in", update.getUpdateId(), Redacted.of(e));
            }
        }
        boolean[] claimed = inbox.claim(toClaim);
        for (int i = 0; i < admitted.size(); i++) {
            TelegramUpdate update = admitted.get(i);
            if (claimed[i]) {
                lanes.submit(update.chatId(), () -> answer(update));
            } else {
                log.info("Update {} was delivered before; ignored", update.updateId());
            }
        }
        return true;
    }

    /** The update as a coach event, if it is one from a person who may use the bot; others are answered here. */
    private Optional<TelegramUpdate> read(Update update) {
        Optional<TelegramUpdate> read = TelegramUpdate.read(update, files);
        if (read.isEmpty()) {
            log.info("Update {} skipped: not a message or button press from a person", update.getUpdateId());
            return Optional.empty();
        }
        if (!coach.admits(read.get().event().userId())) {
            refuse(read.get());
            return Optional.empty();
        }
        return read;
    }

    private void waitForRoom() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (running && lanes.inFlight() + sender.backlog() > MAX_WAITING && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Answers someone who may not use this bot, without storing anything of theirs: once in a while each, and only
     * within the bot's send budget ({@link Refusals}); the rest is dropped and counted in the log.
     */
    private void refuse(TelegramUpdate update) {
        if (!refusals.answerNow(update.event().userId(), sender::tryTakeSendSlot)) {
            log.debug("A stranger's update {} not answered: refused lately, or the send budget is full", update.updateId());
            return;
        }
        acknowledgeButton(update, null);
        for (Reply reply : coach.handle(update.event())) {
            api.fireAndForget(SendMessage.builder().chatId(update.chatId()).text(reply.text()).parseMode("HTML").build());
        }
    }

    private void answer(TelegramUpdate update) {
        long typingMillis = properties.typingAfter().toMillis();
        ScheduledFuture<?> typingIndicator = timers.scheduleAtFixedRate(
                () -> api.fireAndForget(SendChatAction.builder().chatId(update.chatId()).action("typing").build()),
                typingMillis, 4500, TimeUnit.MILLISECONDS);
        try {
            List<Reply> messages = new ArrayList<>();
            String notice = null;
            for (Reply reply : coach.handle(update.event())) {
                if (reply.notice() && update.callbackQueryId() != null && notice == null) {
                    notice = reply.text();
                } else {
                    messages.add(reply);
                }
            }
            // keyed by the update: answered again after a crash, an answer already stored is not stored twice
            sender.send(update.chatId(), messages, "update:" + update.updateId());
            acknowledgeButton(update, notice);
            inbox.answered(update.updateId());
        } catch (RuntimeException e) {
            log.error("Update {} could not be answered; it is kept and retried at the next start", update.updateId(),
                    Redacted.of(e));
        } finally {
            typingIndicator.cancel(false);
        }
    }

    private void acknowledgeButton(TelegramUpdate update, String notice) {
        if (update.callbackQueryId() != null) {
            sender.acknowledge(update.callbackQueryId(), notice);
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
        timers.scheduleWithFixedDelay(this::forgetOldUpdates, 1, 60, TimeUnit.MINUTES);
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
        timers.shutdownNow();
    }

    private void forgetOldUpdates() {
        try {
            inbox.forgetAnsweredBefore(clock.instant().minus(REMEMBER_ANSWERED));
        } catch (RuntimeException e) {
            log.warn("Cleaning up old updates failed: {}", e.getClass().getSimpleName());
        }
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
