package nl.homerun.telegram;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import nl.homerun.coach.Html;
import nl.homerun.coach.Notifier;
import nl.homerun.coach.Reply;
import nl.homerun.storage.DurableWrites;

/**
 * The one way out to Telegram for messages. Keeps to Telegram's limits with two token buckets (the whole bot,
 * and each chat), sends the messages of one chat strictly one after another, waits out a 429's
 * {@code retry_after}, and retries a failed send with growing pauses. Every message sits in the {@link Outbox}
 * until Telegram has it, so nothing is lost to a crash or an outage; before anything leaves, the writes made so far are
 * made durable ({@link DurableWrites}), so what a person saw answered survives a kill of the process.
 */
class TelegramSender implements SmartLifecycle, Notifier {

    static final int PHASE = Integer.MAX_VALUE - 3000;
    private static final Logger log = LoggerFactory.getLogger(TelegramSender.class);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(1);
    private static final Duration SENT_MARKS_FLUSHED_WITHIN = Duration.ofMillis(20);

    private final BotApi api;
    private final Outbox outbox;
    private final DurableWrites durable;
    private final TelegramProperties properties;
    private final Clock clock;
    private final Bucket botBucket;
    private final Map<Long, ChatQueue> chats = new ConcurrentHashMap<>();
    private final DelayQueue<Turn> due = new DelayQueue<>();
    private final ExecutorService calls;
    private final ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor(
            r -> daemon(r, "telegram-outbox"));
    private final AtomicBoolean flushScheduled = new AtomicBoolean();
    /** Messages that reached Telegram once without a readable answer, and are being tried once more. */
    private final java.util.Set<org.bson.types.ObjectId> provedSentOnce = ConcurrentHashMap.newKeySet();
    /** The ids of the messages this process sent lately, whose sent marks a failed write may have taken back. */
    private final java.util.Set<org.bson.types.ObjectId> sentLately = java.util.Collections.synchronizedSet(
            java.util.Collections.newSetFromMap(new java.util.LinkedHashMap<>() {
                @Override
                protected boolean removeEldestEntry(Map.Entry<org.bson.types.ObjectId, Boolean> eldest) {
                    return size() > 10_000;
                }
            }));
    private volatile boolean running;
    private Thread dispatcher;

    TelegramSender(BotApi api, Outbox outbox, DurableWrites durable, TelegramProperties properties, Clock clock) {
        this.api = api;
        this.outbox = outbox;
        this.durable = durable;
        this.properties = properties;
        this.clock = clock;
        this.botBucket = Bucket.builder().addLimit(Bandwidth.builder().capacity(properties.messagesPerSecond())
                .refillGreedy(properties.messagesPerSecond(), Duration.ofSeconds(1)).build()).build();
        this.calls = Executors.newFixedThreadPool(Math.max(2, properties.workers()), r -> daemon(r, "telegram-send"));
    }

    /** Stores the replies for the chat and queues them; returns at once. */
    void send(long chatId, List<Reply> replies) {
        send(chatId, replies, null);
    }

    /** The same, once per key: a key already sent or queued adds nothing. */
    void send(long chatId, List<Reply> replies, String key) {
        List<OutgoingMessage> messages = replies.stream().flatMap(r -> OutgoingMessage.of(r).stream()).toList();
        queue(outbox.add(chatId, messages, key));
    }

    @Override
    public void notify(long userId, String key, List<Reply> replies) {
        send(userId, replies, key);
    }

    /** How many messages wait to be sent (for the benchmark and the graceful stop). */
    int backlog() {
        return chats.values().stream().mapToInt(ChatQueue::size).sum();
    }

    private void queue(List<Outbox.Pending> pending) {
        for (Outbox.Pending message : pending) {
            chats.compute(message.chatId(), (id, chat) -> {
                ChatQueue queue = chat == null ? newChat(id) : chat;
                if (queue.offer(message)) {
                    due.add(new Turn(queue, System.nanoTime(), false));
                }
                return queue;
            });
        }
    }

    /** Forgets the queues of chats that have had nothing to send for a while, so memory does not grow with every chat. */
    private void forgetIdleChats() {
        long idleSince = System.nanoTime() - TimeUnit.MINUTES.toNanos(2);
        for (Long chatId : chats.keySet()) {
            chats.computeIfPresent(chatId, (id, chat) -> chat.idleSince(idleSince) ? null : chat);
        }
    }

    private ChatQueue newChat(long chatId) {
        return new ChatQueue(Bucket.builder().addLimit(Bandwidth.builder().capacity(properties.chatBurst())
                .refillGreedy(properties.chatMessagesPerSecond(), Duration.ofSeconds(1)).build()).build());
    }

    private void dispatch() {
        while (running || !due.isEmpty()) {
            try {
                Turn turn = due.poll(200, TimeUnit.MILLISECONDS);
                if (turn == null) {
                    if (!running) {
                        return;
                    }
                    continue;
                }
                long chatWait = turn.chat.bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
                if (chatWait > 0) {
                    due.add(new Turn(turn.chat, System.nanoTime() + chatWait, turn.retry));
                    continue;
                }
                botBucket.asBlocking().consume(1);
                turn.chat.bucket.tryConsume(1);
                calls.execute(() -> sendNext(turn.chat));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** One message's room in the bot's send budget, if there is room now (for sends outside the outbox). */
    boolean tryTakeSendSlot() {
        return botBucket.tryConsume(1);
    }

    private void sendNext(ChatQueue chat) {
        Outbox.Pending message = chat.startSending();
        if (message == null) { // dropped by a resync meanwhile
            finishTurn(chat, 0, false);
            return;
        }
        long pauseNanos = 0;
        boolean retry = false;
        try {
            deliver(message);
            provedSentOnce.remove(message.id());
            sentLately.add(message.id());
            outbox.sent(message.id());
            flushSoon();
            chat.remove(message);
        } catch (TelegramApiRequestException e) {
            Integer code = e.getErrorCode();
            if (code != null && code == 429) {
                int seconds = e.getParameters() != null && e.getParameters().getRetryAfter() != null
                        ? e.getParameters().getRetryAfter() : 1;
                log.info("Telegram asks to slow down for {} s", seconds);
                pauseNanos = TimeUnit.SECONDS.toNanos(seconds);
            } else if (code != null && code >= 400 && code < 500) {
                log.warn("Telegram refused a message ({}); kept in the outbox as failed", e.getMessage());
                outbox.failed(message.id(), e.getMessage());
                chat.remove(message);
            } else {
                pauseNanos = retryLater(chat, message, e);
                retry = true;
            }
        } catch (TelegramApiException | RuntimeException e) {
            pauseNanos = UnreadableAnswers.provedSent(e) ? onceMore(chat, message, e) : retryLater(chat, message, e);
            retry = true;
        }
        finishTurn(chat, pauseNanos, retry);
    }

    private void finishTurn(ChatQueue chat, long pauseNanos, boolean retry) {
        if (chat.finishTurn()) {
            due.add(new Turn(chat, System.nanoTime() + pauseNanos, retry));
        }
    }

    /**
     * Ends the pauses of the chats waiting to retry a failed send, once the Bot API can be reached again: after an
     * outage the replies go out now, not when each one's growing pause runs out. A wait for a 429 stays.
     */
    void retryNow() {
        long now = System.nanoTime();
        for (Turn turn : due.toArray(new Turn[0])) {
            if (turn.retry && turn.atNanos - now > 0 && due.remove(turn)) { // removed here, so not taken meanwhile
                due.add(new Turn(turn.chat, now, false));
            }
        }
    }

    /**
     * After the embedded store lost what it had not committed (a failed write closes it at its last commit), the
     * messages queued here may no longer be in the outbox, and would be sent again when their update is answered
     * again: so every chat starts over from what the outbox holds, in order. A message being sent right now stays,
     * since it was committed before it left.
     */
    void resync() {
        for (ChatQueue chat : chats.values()) {
            chat.dropAllButTheOneBeingSent();
        }
        outbox.releaseLeases();
        List<Outbox.Pending> waiting = new java.util.ArrayList<>();
        for (Outbox.Pending message : outbox.adoptOrphans()) {
            if (sentLately.contains(message.id())) {
                outbox.sent(message.id()); // its sent mark was lost with the store; Telegram has it
            } else {
                waiting.add(message);
            }
        }
        queue(waiting);
    }

    /**
     * Stops the spinner on a pressed button, showing the notice, if any, briefly over the chat; after the writes the
     * press made are durable, since the notice may say what it did.
     */
    void acknowledge(String callbackQueryId, String notice) {
        durable.flush();
        api.fireAndForget(AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId)
                .text(notice == null ? null : Html.toPlainText(notice)).build());
    }

    /**
     * Makes the sent marks durable shortly after, many in one commit under load: a kill in between sends those messages
     * again at the next start, which is the one thing the outbox cannot rule out (Telegram cannot be asked what it got).
     */
    private void flushSoon() {
        if (flushScheduled.compareAndSet(false, true)) {
            housekeeping.schedule(() -> {
                flushScheduled.set(false);
                try {
                    durable.flush();
                } catch (RuntimeException e) {
                    log.warn("Making the sent marks durable failed: {}", e.getClass().getSimpleName());
                }
            }, SENT_MARKS_FLUSHED_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Sends as HTML; if Telegram cannot parse the markup, sends the same words as plain text. */
    private void deliver(Outbox.Pending message) throws TelegramApiException {
        durable.flush();
        if (message.message().isEdit()) {
            change(message.chatId(), message.message());
        } else {
            send(message.chatId(), message.message());
        }
    }

    private void send(long chatId, OutgoingMessage message) throws TelegramApiException {
        try {
            api.send(chatId, message, false);
        } catch (TelegramApiRequestException e) {
            if (isBadRequest(e, "parse entities")) {
                api.send(chatId, message, true);
            } else {
                throw e;
            }
        }
    }

    /**
     * Changes a message sent before. One that already reads so is left as it is; one Telegram will not change (deleted,
     * too old, not a text) is replaced by what {@link OutgoingMessage#instead()} says: the same as a new message, or
     * nothing. A refusal for any other reason (429, 403, an outage) is handled like a failed send.
     */
    private void change(long chatId, OutgoingMessage message) throws TelegramApiException {
        java.util.OptionalInt id = BotApi.messageId(message.edit().messageRef(), chatId);
        if (id.isPresent()) {
            try {
                try {
                    api.edit(chatId, id.getAsInt(), message, false);
                } catch (TelegramApiRequestException e) {
                    if (!isBadRequest(e, "parse entities")) {
                        throw e;
                    }
                    api.edit(chatId, id.getAsInt(), message, true);
                }
                return;
            } catch (TelegramApiRequestException e) {
                if (isBadRequest(e, "message is not modified")) {
                    return;
                }
                if (!isBadRequest(e, "")) {
                    throw e;
                }
                log.info("A message could not be changed ({}); {}", e.getMessage(),
                        message.instead().isPresent() ? "sent as a new one" : "left as it was");
            }
        }
        java.util.Optional<OutgoingMessage> instead = message.instead();
        if (instead.isPresent()) {
            send(chatId, instead.get());
        }
    }

    /** A 400 whose description contains {@code words} (any 400 for ""). */
    private static boolean isBadRequest(TelegramApiRequestException e, String words) {
        return e.getErrorCode() != null && e.getErrorCode() == 400 && String.valueOf(e.getMessage()).contains(words);
    }

    /**
     * A send that reached Telegram without a readable answer is shown to the user already; the Bot API has no
     * idempotency key, so it is tried once more, in case it was not, and not a third time.
     */
    private long onceMore(ChatQueue chat, Outbox.Pending message, Exception e) {
        if (provedSentOnce.add(message.id())) {
            return retryLater(chat, message, e);
        }
        provedSentOnce.remove(message.id());
        log.warn("A message reached Telegram twice without a readable answer; not sent again");
        outbox.failed(message.id(), "arrived twice without a readable answer; not sent a third time");
        chat.remove(message);
        return 0;
    }

    private long retryLater(ChatQueue chat, Outbox.Pending message, Exception e) {
        Outbox.Pending again = chat.replace(message, message.attempts() + 1);
        try {
            outbox.attempted(message.id(), again.attempts());
        } catch (RuntimeException storageDown) {
            // the attempt count is a figure for the operator; the message itself waits in memory and in the outbox
        }
        if (message.createdAt().plus(properties.giveUpAfter()).isBefore(clock.instant())) {
            log.error("Giving up on a message after {} attempts: {}", again.attempts(), BotApi.describe(e));
            provedSentOnce.remove(message.id());
            outbox.failed(message.id(), BotApi.describe(e));
            chat.remove(message);
            return 0;
        }
        Duration pause = Duration.ofMillis(Math.min(MAX_BACKOFF.toMillis(), 500L << Math.min(again.attempts(), 20)));
        log.warn("Sending failed (attempt {}), retrying in {} ms: {}", again.attempts(), pause.toMillis(), BotApi.describe(e));
        return pause.toNanos();
    }

    @Override
    public void start() {
        running = true;
        outbox.releaseLeases(); // what this identity leased before a kill is its own: sent now, in order
        queue(outbox.adoptOrphans());
        housekeeping.scheduleWithFixedDelay(this::housekeeping, 60, 60, TimeUnit.SECONDS);
        dispatcher = new Thread(this::dispatch, "telegram-dispatch");
        dispatcher.setDaemon(true);
        dispatcher.start();
    }

    private void housekeeping() {
        try {
            forgetIdleChats();
            outbox.forgetSent();
            outbox.renewLeases();
            queue(outbox.adoptOrphans());
        } catch (RuntimeException e) {
            log.warn("Outbox housekeeping failed: {}", e.getClass().getSimpleName());
        }
    }

    /** Sends what is due for a few seconds more; whatever is left stays in the outbox for the next start. */
    @Override
    public void stop() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (backlog() > 0 && System.nanoTime() < deadline) {
            sleep(20);
        }
        running = false;
        housekeeping.shutdownNow();
        calls.shutdown();
        try {
            dispatcher.join(2000);
            calls.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (backlog() > 0) {
            outbox.releaseLeases();
            log.info("{} messages wait in the outbox for the next start", backlog());
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

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** The messages waiting for one chat. At most one of them is being sent at a time, which keeps their order. */
    private static final class ChatQueue {
        final Bucket bucket;
        private final java.util.LinkedList<Outbox.Pending> messages = new java.util.LinkedList<>();
        private boolean busy;
        private Outbox.Pending sending;
        private long lastActive = System.nanoTime();

        ChatQueue(Bucket bucket) {
            this.bucket = bucket;
        }

        synchronized boolean idleSince(long nanos) {
            return !busy && messages.isEmpty() && lastActive - nanos < 0;
        }

        /** Adds a message (once: one already here is not added again); true when the chat must be put on the due list. */
        synchronized boolean offer(Outbox.Pending message) {
            if (messages.stream().anyMatch(m -> m.id().equals(message.id()))) {
                return false;
            }
            messages.add(message);
            if (busy) {
                return false;
            }
            busy = true;
            return true;
        }

        /** The next message to send, now being sent; null when there is none. */
        synchronized Outbox.Pending startSending() {
            sending = messages.peek();
            return sending;
        }

        synchronized void remove(Outbox.Pending message) {
            messages.removeIf(m -> m.id().equals(message.id()));
        }

        /** Puts the message back in its place with its new attempt count (unless a resync dropped it). */
        synchronized Outbox.Pending replace(Outbox.Pending message, int attempts) {
            Outbox.Pending again = new Outbox.Pending(message.id(), message.chatId(), message.message(), attempts,
                    message.createdAt());
            messages.replaceAll(m -> m.id().equals(message.id()) ? again : m);
            return again;
        }

        synchronized void dropAllButTheOneBeingSent() {
            messages.removeIf(m -> sending == null || !m.id().equals(sending.id()));
        }

        /** Ends a send; true when more messages wait and the chat goes back on the due list. */
        synchronized boolean finishTurn() {
            sending = null;
            lastActive = System.nanoTime();
            busy = !messages.isEmpty();
            return busy;
        }

        synchronized int size() {
            return messages.size();
        }
    }

    /** A chat whose next message may go out at {@code atNanos}; {@code retry} when it waits after a failed send. */
    private record Turn(ChatQueue chat, long atNanos, boolean retry) implements Delayed {
        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(atNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(atNanos, ((Turn) other).atNanos);
        }
    }
}
