package nl.homerun.telegram;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the work of one chat in order and the work of different chats in parallel: each chat has a lane, a chain
 * of tasks on a shared pool where a task starts only after the previous one of its chat has finished.
 */
class ChatLanes {

    private static final Logger log = LoggerFactory.getLogger(ChatLanes.class);

    private final ExecutorService pool;
    private final Map<Long, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();

    ChatLanes(int threads) {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "chat-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    void submit(long chatId, Runnable task) {
        inFlight.incrementAndGet();
        CompletableFuture<Void> next = tails.compute(chatId, (id, tail) ->
                (tail == null ? CompletableFuture.<Void>completedFuture(null) : tail).thenRunAsync(() -> run(task), pool));
        next.whenComplete((ok, error) -> {
            tails.remove(chatId, next);
            inFlight.decrementAndGet();
        });
    }

    int inFlight() {
        return inFlight.get();
    }

    /** Lets the tasks already submitted finish, up to the timeout, then stops the pool. */
    boolean drain(long timeout, TimeUnit unit) {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        pool.shutdown();
        return inFlight.get() == 0;
    }

    private static void run(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.error("A chat task failed", nl.homerun.coach.Redacted.of(e));
        }
    }
}
