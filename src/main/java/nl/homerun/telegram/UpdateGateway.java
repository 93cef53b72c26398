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
import org.springframework.context.event.EventListener;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Update;

import nl.homerun.coach.Coach;
import nl.homerun.coach.Redacted;
import nl.homerun.coach.Reply;
import nl.homerun.storage.StorageRecovered;

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
    /** The longest pause between two tries to store incoming updates while the data cannot be written. */
    static final Duration CLAIM_RETRY_MAX = Duration.ofSeconds(10);
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

    /** How long taking updates in waits for a store that cannot be written (a full disk, a read-only directory). */
    enum Patience {
        /** The poller: it tries again until the updates are stored, so they stay with Telegram meanwhile. */
        UNTIL_STORED,
        /** The webhook: one try, and Telegram is told to post again later, so no request thread waits on the disk. */
        ONE_TRY
    }

    /**
     * Takes updates in; false (and nothing taken) when shutting down, or when they could not be stored in the one try
     * {@link Patience#ONE_TRY} allows, so that they are delivered again later. While too much is waiting to be
     * answered or sent, it waits first: the updates stay with Telegram meanwhile.
     */
    boolean accept(List<Update> updates, Patience patience) {
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
        boolean[] claimed = claimOnceStorable(toClaim, patience);
        if (claimed == null) {
            log.info("Not taken in: {} updates left for Telegram to deliver again", updates.size());
            return false;
        }
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

    /**
     * Claims the batch; while the data cannot be written (a full disk, a read-only data directory) it tries again and
     * again, with growing pauses, and polling waits meanwhile, so Telegram keeps the updates: nothing is confirmed
     * that is not stored, and the poller goes on by itself once writing works again. Null when stopping, or after the
     * one try of {@link Patience#ONE_TRY}.
     */
    private boolean[] claimOnceStorable(List<UpdateInbox.Received> batch, Patience patience) {
        String batchId = java.util.UUID.randomUUID().toString();
        for (int attempt = 1; ; attempt++) {
            try {
                boolean[] claimed = inbox.claim(batch, batchId);
                if (attempt > 1) {
                    log.info("Incoming updates stored again after {} attempts; polling goes on", attempt);
                }
                return claimed;
            } catch (RuntimeException e) {
                if (patience == Patience.ONE_TRY) {
                    log.error("Cannot store an incoming update ({}); Telegram is asked to post it again later",
                            nl.homerun.storage.StorageStatus.describe(e));
                    return null;
                }
                if (attempt == 1 || attempt % 20 == 0) {
                    log.error("Cannot store incoming updates ({}); polling waits and tries again (attempt {})",
                            nl.homerun.storage.StorageStatus.describe(e), attempt);
                }
                long pause = Math.min(CLAIM_RETRY_MAX.toMillis(), 250L << Math.min(attempt, 10));
                long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(pause);
                while (System.nanoTime() < until) {
                    if (!running) {
                        return null;
                    }
                    sleep(50);
                }
            }
        }
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
            sleep(10);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
            log.error("Update {} could not be answered; it is kept and answered when writing works again, or at the next "
                    + "start", update.updateId(), Redacted.of(e));
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
        answerUnanswered(false);
    }

    /**
     * After an outage of the embedded store, which lost what it had not committed: the messages waiting to be sent
     * start over from the outbox, and the updates claimed but not answered (stored, or rolled back with the store) are
     * answered, each in its chat's lane after what is there, and only if it is still unanswered by then.
     */
    @EventListener
    void on(StorageRecovered recovered) {
        if (!running) {
            return;
        }
        sender.resync();
        answerUnanswered(true);
    }

    private void answerUnanswered(boolean unlessAnsweredMeanwhile) {
        for (UpdateInbox.Received left : inbox.unanswered()) {
            try {
                Update update = json.readValue(left.json(), Update.class);
                TelegramUpdate.read(update, files).ifPresent(u -> lanes.submit(u.chatId(), () -> {
                    if (!unlessAnsweredMeanwhile || inbox.isUnanswered(u.updateId())) {
                        answer(u);
                    }
                }));
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
