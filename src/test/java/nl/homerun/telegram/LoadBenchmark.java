package nl.homerun.telegram;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntUnaryOperator;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import okhttp3.OkHttpClient;
import org.bson.Document;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.longpolling.util.TelegramOkHttpClientFactory;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * A load driver, not a test: N simulated users chat with the whole Homerun application (through a {@link FakeBotApi},
 * with the embedded MongoDB), side by side with a bare echo bot on the same TelegramBots library as the floor.
 * Each user sends its next message only when the answer to the previous one has arrived (a closed loop); latency is
 * the arrival of the answer's first message at the fake Bot API minus the moment the update was made available to
 * {@code getUpdates}. Homerun may answer one update with several messages; before a user sends its next update the
 * driver asks how many messages the last one was answered with ({@link Target#answerSize}), so that the late ones are
 * not taken for the first answer to the next update.
 * <p>
 * Run it by hand (the exec plugin in the pom; profile {@code benchmark} is the short form):
 * <pre>
 * mvn -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=nl.homerun.telegram.LoadBenchmark
 * mvn -q -B -Pload-benchmark test-compile exec:java -Dusers=50          (the same, shorter)
 * </pre>
 * System properties: {@code users} (200), {@code messages} per user and run (20), {@code rounds} (3), {@code warmups}
 * rounds per bot before measuring (1), {@code store}
 * ({@code file}: the H2 file backend in a temp dir, the production default; or {@code memory}), {@code runTimeout}
 * seconds before a run is given up and reported incomplete (120), {@code budget} seconds for the whole benchmark
 * after which no new run starts (600), {@code bot.properties} extra Homerun properties as {@code k=v;k=v}.
 */
public final class LoadBenchmark {

    /** Telegram's own send limits are lifted: we measure the bot, not the limit it keeps to. */
    static final List<String> NO_RATE_LIMITS = List.of(
            "telegram.messages-per-second=1000000",
            "telegram.chat-messages-per-second=100000",
            "telegram.chat-burst=100000");

    private static final String[] NOTES = {
        "Bezoek bij klant %d: ze vroegen om een offerte voor de dakgoot",
        "Klant %d gebeld, volgende week langs voor de meterkast",
        "Visited customer %d: they want a quote for the heat pump before Friday",
        "Bij %d de cv-ketel bekeken, onderdeel besteld, terug op dinsdag",
        "Customer %d was not home, left a card and will call again tomorrow",
        "Gesprek met %d over het onderhoudscontract, ze twijfelen nog over de prijs",
    };

    private final int users;
    private final int messages;
    private final int rounds;
    private final int warmups;
    private final String store;
    private final long runTimeoutNanos;
    private final long budgetNanos;
    private final List<String> extraBotProperties;
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "bench-heap"));
    private final long startedAt = System.nanoTime();
    private int runNumber;

    private LoadBenchmark() {
        users = positive("users", 200);
        if (users >= 1_000_000) {
            throw new IllegalArgumentException("-Dusers must be below 1000000 (each run has its own million chat ids)");
        }
        messages = positive("messages", 20);
        rounds = positive("rounds", 3);
        warmups = nonNegative("warmups", 1);
        store = System.getProperty("store", "file").trim().toLowerCase(Locale.ROOT);
        if (!store.equals("file") && !store.equals("memory")) {
            throw new IllegalArgumentException("-Dstore must be file or memory, not " + store);
        }
        runTimeoutNanos = TimeUnit.SECONDS.toNanos(positive("runTimeout", 120));
        budgetNanos = TimeUnit.SECONDS.toNanos(positive("budget", 600));
        String extra = System.getProperty("bot.properties", "").trim();
        extraBotProperties = extra.isEmpty() ? List.of() : Arrays.stream(extra.split(";")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
    }

    public static void main(String[] args) throws Exception {
        // The JDK HTTP server behind FakeBotApi writes headers and body of a response separately with Nagle on, so
        // every request would wait for a delayed ACK (~40 ms on Linux) - a fake artefact the real Bot API does not
        // have, and one that would hit the echo bot (one connection, strictly serial) much harder than Homerun.
        // Must be set before the first HttpServer is created.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        quietLogging();
        new LoadBenchmark().run();
    }

    private void run() throws Exception {
        Path dataDir = store.equals("file") ? Files.createTempDirectory("homerun-bench-") : null;
        List<String> botProperties = new ArrayList<>(NO_RATE_LIMITS);
        botProperties.add("logging.level.root=warn");
        botProperties.add("telegram.typing-after=PT0.8S"); // the production default (RunningBot sets 0.3 s for tests)
        botProperties.addAll(extraBotProperties);

        printHeader(dataDir, botProperties);
        List<Result> results = new ArrayList<>();
        FakeBotApi homerunApi = new FakeBotApi();
        FakeBotApi echoApi = new FakeBotApi();
        Target homerun = null;
        Target echo = null;
        try {
            long t = System.nanoTime();
            homerun = Target.homerun(homerunApi, dataDir, botProperties.toArray(String[]::new));
            echo = Target.echo(echoApi);
            System.out.printf("Both bots started in %.1f s; warming up (%d round(s) each, not counted)...%n",
                    (System.nanoTime() - t) / 1e9, warmups);
            for (int i = 0; i < warmups; i++) {
                Result warmEcho = measure(echo, 0);
                Result warmHomerun = measure(homerun, 0);
                System.out.println("  warm-up: " + warmEcho.brief() + " | " + warmHomerun.brief());
            }
            measuring:
            for (int round = 1; round <= rounds; round++) {
                for (Target target : List.of(echo, homerun)) {
                    if (System.nanoTime() - startedAt > budgetNanos) {
                        System.out.printf("Budget of %d s used up: round %d %s and later runs skipped.%n",
                                TimeUnit.NANOSECONDS.toSeconds(budgetNanos), round, target.name);
                        break measuring;
                    }
                    Result result = measure(target, round);
                    results.add(result);
                    System.out.println("  round " + round + ": " + result.brief());
                }
            }
        } finally {
            printTable(results);
            // Homerun's LongPolling.stop() interrupts the poll in flight, which the library logs as an ERROR with
            // two stack traces on every clean stop: noise here, not a result
            setLevel("org.telegram.telegrambots.longpolling.BotSession", ch.qos.logback.classic.Level.OFF);
            closeQuietly(echo);
            closeQuietly(homerun);
            homerunApi.close();
            echoApi.close();
            sampler.shutdownNow();
            if (dataDir != null) {
                long bytes = Files.size(dataDir.resolve("homerun.mv.db"));
                System.out.printf("Data file after the run: %.1f MB%s%n", bytes / 1e6,
                        Boolean.getBoolean("keep") ? " (kept in " + dataDir + ")" : "");
                if (!Boolean.getBoolean("keep")) {
                    deleteTree(dataDir);
                }
            }
        }
        System.out.printf("Total time %.0f s.%n", (System.nanoTime() - startedAt) / 1e9);
    }

    // ---- one run ----

    /** Lets every user send {@code messages} messages, closed loop, and measures; gives up after the run timeout. */
    private Result measure(Target target, int round) throws InterruptedException {
        settle();
        long baseHeap = memory.getHeapMemoryUsage().getUsed();
        int run = ++runNumber;
        // each run has its own chat ids, so a late answer from a run given up is never counted in the next one
        long firstChat = run * 1_000_000L + 1;
        Load load = new Load(target, firstChat, users, messages);
        target.api.recordCalls(false);
        target.current = load;

        AtomicLong peakHeap = new AtomicLong(baseHeap);
        ScheduledFuture<?> sampling = sampler.scheduleAtFixedRate(
                () -> peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max), 0, 50, TimeUnit.MILLISECONDS);
        long deadline = System.nanoTime() + runTimeoutNanos;
        try {
            load.drive(deadline);
        } finally {
            sampling.cancel(false);
            target.current = null;
        }
        peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        return load.result(target.name, round, baseHeap, peakHeap.get());
    }

    /** Between runs: lets the previous run's tail finish, then collects garbage so each run starts alike. */
    private static void settle() throws InterruptedException {
        Thread.sleep(500);
        System.gc();
        Thread.sleep(200);
        System.gc();
        Thread.sleep(100);
    }

    /**
     * The users of one run. A single driver thread queues each user's next update when the answer to its previous
     * one has arrived; the fake Bot API's server threads report the answers.
     */
    static final class Load {
        private final FakeBotApi api;
        private final IntUnaryOperator answerSize;
        private final long firstChat;
        private final int users;
        private final int messages;
        private final int total;
        private final AtomicLongArray waitingSince;
        private final int[] sent;
        /** Per user: the update last sent, and which of its arrived messages (counted from 1) answers it first. */
        private final int[] lastUpdateId;
        private final AtomicIntegerArray arrivals;
        private final AtomicIntegerArray firstOfAnswer;
        private final long[] latencies;
        private final AtomicInteger answered = new AtomicInteger();
        private final AtomicInteger recorded = new AtomicInteger();
        private final LinkedBlockingQueue<Integer> ready = new LinkedBlockingQueue<>();
        private final LongAdder stray = new LongAdder();
        private final LongAdder lost = new LongAdder();
        private final Map<String, LongAdder> otherCalls = new ConcurrentHashMap<>();
        private final AtomicLong lastAnswerAt = new AtomicLong();
        private long firstSentAt;
        private boolean timedOut;

        Load(Target target, long firstChat, int users, int messages) {
            this.api = target.api;
            this.answerSize = target.answerSize;
            this.firstChat = firstChat;
            this.users = users;
            this.messages = messages;
            this.total = users * messages;
            this.waitingSince = new AtomicLongArray(users);
            this.sent = new int[users];
            this.lastUpdateId = new int[users];
            this.arrivals = new AtomicIntegerArray(users);
            this.firstOfAnswer = new AtomicIntegerArray(users);
            for (int u = 0; u < users; u++) {
                firstOfAnswer.set(u, 1);
            }
            this.latencies = new long[total];
        }

        /** On a server thread of the fake: a call the bot made. */
        void onCall(FakeBotApi.Call call) {
            if (!call.is("sendMessage")) {
                otherCalls.computeIfAbsent(call.method(), m -> new LongAdder()).increment();
                return;
            }
            long user = call.chatId() - firstChat;
            if (call.status() != 200 || user < 0 || user >= users) {
                stray.increment();
                return;
            }
            int u = (int) user;
            if (arrivals.incrementAndGet(u) != firstOfAnswer.get(u)) {
                otherCalls.computeIfAbsent("laterMessages", m -> new LongAdder()).increment(); // counted, not timed
                return;
            }
            long since = waitingSince.getAndSet(u, 0);
            if (since == 0) {
                stray.increment(); // a second answer to one message, or one after the run was given up
                return;
            }
            int n = answered.getAndIncrement();
            if (n < total) {
                latencies[n] = call.atNanos() - since;
            }
            lastAnswerAt.accumulateAndGet(call.atNanos(), Math::max);
            recorded.incrementAndGet(); // after the latency is written: the driver reads them once all are recorded
            ready.add(u);
        }

        void drive(long deadline) throws InterruptedException {
            firstSentAt = System.nanoTime();
            for (int u = 0; u < users; u++) {
                ready.add(u);
            }
            while (recorded.get() < total) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    timedOut = true;
                    return;
                }
                Integer u = ready.poll(Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)), TimeUnit.NANOSECONDS);
                if (u != null && sent[u] < messages) {
                    sendNext(u);
                }
            }
        }

        private void sendNext(int u) {
            long chat = firstChat + u;
            int i = sent[u]++;
            if (i > 0) {
                // all of the previous answer's messages were stored before its first was sent
                firstOfAnswer.addAndGet(u, Math.max(1, answerSize.applyAsInt(lastUpdateId[u])));
            }
            String text = text(chat, i);
            String language = u % 3 == 0 ? "en" : "nl";
            long before = System.nanoTime();
            waitingSince.set(u, before);
            FakeBotApi.Queued queued = api.sendNew(id -> FakeBotApi.textUpdate(id, chat, language, text));
            lastUpdateId[u] = queued.updateId();
            // the moment it became available; unless the answer was so quick it already arrived (then `before` counted)
            waitingSince.compareAndSet(u, before, queued.atNanos());
        }

        /** Visit-note-like texts, and every tenth message a command. */
        static String text(long chat, int i) {
            if (i % 10 == 9) {
                return "/help";
            }
            return String.format(NOTES[(int) ((chat + i) % NOTES.length)], (chat * 31 + i) % 997);
        }

        Result result(String bot, int round, long baseHeap, long peakHeap) {
            int done = Math.min(recorded.get(), total);
            long[] sorted = Arrays.copyOf(latencies, done);
            Arrays.sort(sorted);
            long end = done == 0 ? System.nanoTime() : lastAnswerAt.get();
            double seconds = Math.max(1e-9, (end - firstSentAt) / 1e9);
            for (int u = 0; u < users; u++) {
                if (waitingSince.get(u) != 0) {
                    lost.increment();
                }
            }
            Map<String, Long> other = new java.util.TreeMap<>();
            otherCalls.forEach((m, n) -> other.put(m, n.sum()));
            return new Result(bot, round, done, total, timedOut, seconds, done / seconds,
                    percentile(sorted, 0.50), percentile(sorted, 0.99), done == 0 ? Double.NaN : sorted[done - 1] / 1e6,
                    baseHeap / 1048576.0, peakHeap / 1048576.0, stray.sum(), lost.sum(), other);
        }

        private static double percentile(long[] sorted, double p) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p * sorted.length); // nearest rank
            return sorted[Math.max(0, rank - 1)] / 1e6;
        }
    }

    record Result(String bot, int round, int answered, int total, boolean timedOut, double seconds, double perSecond,
            double p50, double p99, double max, double baseHeapMb, double peakHeapMb, long stray, long unanswered,
            Map<String, Long> otherCalls) {

        boolean complete() {
            return answered == total && !timedOut;
        }

        String brief() {
            return String.format(Locale.ROOT, "%s %d/%d in %.1f s, %.0f upd/s, p50 %.1f ms, p99 %.1f ms%s", bot, answered,
                    total, seconds, perSecond, p50, p99, complete() ? "" : " INCOMPLETE (given up)");
        }
    }

    // ---- the two bots ----

    /** A bot under load with the fake Bot API it talks to; the fake reports each call to the current run. */
    static final class Target implements AutoCloseable {
        final String name;
        final FakeBotApi api;
        /** How many messages the bot answered an update with, once its first has arrived. */
        final IntUnaryOperator answerSize;
        private final AutoCloseable bot;
        volatile Load current;

        private Target(String name, FakeBotApi api, IntUnaryOperator answerSize, AutoCloseable bot) {
            this.name = name;
            this.api = api;
            this.answerSize = answerSize;
            this.bot = bot;
            api.recordCalls(false);
            api.onCall(call -> {
                Load load = current;
                if (load != null) {
                    load.onCall(call);
                }
            });
        }

        /** The whole application, with the embedded MongoDB in files under {@code dataDir}, or in memory when null. */
        static Target homerun(FakeBotApi api, Path dataDir, String... properties) {
            RunningBot bot = dataDir == null ? RunningBot.start(api, properties) : RunningBot.startWithData(api, dataDir, properties);
            OkHttpClient http = bot.bean(OkHttpClient.class);
            MongoCollection<Document> outbox = bot.database().getCollection("telegram_outbox");
            IntUnaryOperator answerSize = updateId -> {
                int n = 0;
                while (outbox.find(Filters.eq("_id", Outbox.idFor("update:" + updateId, n))).first() != null) {
                    n++;
                }
                return n;
            };
            return new Target("homerun", api, answerSize, () -> {
                bot.close();
                // its async calls (typing, command menu) leave non-daemon OkHttp threads idling for a minute
                http.dispatcher().executorService().shutdown();
                http.connectionPool().evictAll();
            });
        }

        static Target echo(FakeBotApi api) throws TelegramApiException {
            EchoBot bot = new EchoBot(api.url());
            return new Target("echo", api, updateId -> 1, bot);
        }

        @Override
        public void close() throws Exception {
            bot.close();
        }
    }

    /**
     * The floor: the same library's long polling and client, and a consumer that answers each text with itself,
     * synchronously on the polling thread. No Spring, no storage, nothing else.
     */
    static final class EchoBot implements AutoCloseable {
        private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "echo-poll"));
        private final TelegramBotsLongPollingApplication application;
        private final OkHttpClient http = new OkHttpClient();
        final LongAdder failures = new LongAdder();

        EchoBot(String apiUrl) throws TelegramApiException {
            java.net.URI uri = java.net.URI.create(apiUrl);
            TelegramUrl url = new TelegramUrl(uri.getScheme(), uri.getHost(), uri.getPort(), false);
            TelegramClient client = new OkHttpTelegramClient(new ObjectMapper(), http, FakeBotApi.TOKEN, url);
            application = new TelegramBotsLongPollingApplication(ObjectMapper::new,
                    new TelegramOkHttpClientFactory.DefaultOkHttpClientCreator(), () -> poller);
            application.registerBot(FakeBotApi.TOKEN, () -> url, new DefaultGetUpdatesGenerator(), updates -> {
                for (Update update : updates) {
                    if (update.hasMessage() && update.getMessage().hasText()) {
                        try {
                            client.execute(SendMessage.builder().chatId(update.getMessage().getChatId())
                                    .text(update.getMessage().getText()).build());
                        } catch (TelegramApiException e) {
                            failures.increment();
                        }
                    }
                }
            });
        }

        @Override
        public void close() throws Exception {
            application.close();
            poller.shutdownNow();
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    // ---- output ----

    private void printHeader(Path dataDir, List<String> botProperties) {
        Runtime rt = Runtime.getRuntime();
        System.out.println();
        System.out.println("Homerun load benchmark (closed loop; a driver, not a test: no timing is asserted)");
        System.out.printf("  users %d x messages %d = %d updates per run; %d measured rounds (echo, then homerun) after %d "
                + "warm-up round(s) per bot%n", users, messages, users * messages, rounds, warmups);
        System.out.printf("  homerun: whole app (RunningBot), embedded MongoDB %s; echo: TelegramBots long polling + "
                + "OkHttpTelegramClient, synchronous echo, no Spring, no storage%n",
                dataDir == null ? "in memory (-Dstore=memory)" : "H2 file backend in " + dataDir);
        System.out.println("  NOTE: Homerun's Telegram rate limits are raised for the measurement ("
                + String.join(", ", NO_RATE_LIMITS) + "): we measure the bot, not Telegram's limit");
        System.out.println("  homerun properties: " + String.join(" ", botProperties));
        System.out.printf("  texts: visit-note-like sentences, every 10th message /help; each run uses new chat ids%n");
        System.out.printf("  latency = answer's arrival at the fake Bot API - moment the update was queued for getUpdates%n");
        System.out.printf("  heap = whole-JVM heap in use (MemoryMXBean, sampled every 50 ms; includes both bots, the fakes, the "
                + "driver%s); base = after System.gc() before the run%n",
                isMavenJvm() ? " and Maven itself, as exec:java runs in Maven's JVM" : "");
        System.out.println("  fake Bot API: JDK HttpServer on 127.0.0.1 with sun.net.httpserver.nodelay="
                + System.getProperty("sun.net.httpserver.nodelay") + " (else ~40 ms Nagle/delayed-ACK stall per call)");
        System.out.printf("  JVM %s, %d cores, max heap %d MB; run timeout %d s%n", System.getProperty("java.version"),
                rt.availableProcessors(), rt.maxMemory() / 1048576, TimeUnit.NANOSECONDS.toSeconds(runTimeoutNanos));
        System.out.println();
    }

    private void printTable(List<Result> results) {
        String format = "%-6s %-8s %11s %8s %10s %9s %9s %9s %10s %9s  %s%n";
        System.out.println();
        System.out.printf(format, "round", "bot", "answered", "wall s", "updates/s", "p50 ms", "p99 ms", "max ms",
                "peak heap", "base heap", "notes");
        for (Result r : results) {
            List<String> notes = new ArrayList<>();
            if (!r.complete()) {
                notes.add("INCOMPLETE: given up after the run timeout, " + r.unanswered() + " users still waiting");
            }
            if (r.stray() > 0) {
                notes.add(r.stray() + " stray sendMessage");
            }
            r.otherCalls().forEach((m, n) -> {
                if (!m.equalsIgnoreCase("getUpdates")) {
                    notes.add(m + "=" + n);
                }
            });
            long polls = r.otherCalls().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("getUpdates"))
                    .mapToLong(Map.Entry::getValue).sum();
            notes.add("getUpdates=" + polls);
            System.out.printf(Locale.ROOT, format, r.round(), r.bot(), r.answered() + "/" + r.total(), f1(r.seconds()),
                    f0(r.perSecond()), f1(r.p50()), f1(r.p99()), f1(r.max()), f0(r.peakHeapMb()) + " MB",
                    f0(r.baseHeapMb()) + " MB", String.join(", ", notes));
        }
        System.out.println();
        Median echo = median(results, "echo");
        Median homerun = median(results, "homerun");
        System.out.printf("%-24s %10s %9s %9s %10s%n", "MEDIAN over rounds", "updates/s", "p50 ms", "p99 ms", "peak heap");
        for (Median m : List.of(echo, homerun)) {
            System.out.printf(Locale.ROOT, "%-24s %10s %9s %9s %10s%s%n", m.bot + " (" + m.runs + " runs)", f0(m.perSecond),
                    f1(m.p50), f1(m.p99), f0(m.peakHeapMb) + " MB",
                    m.incomplete > 0 ? "   (" + m.incomplete + " of them incomplete)" : "");
        }
        System.out.printf(Locale.ROOT, "%-24s %10s %9s %9s %10s%n", "ratio homerun/echo", ratio(homerun.perSecond, echo.perSecond),
                ratio(homerun.p50, echo.p50), ratio(homerun.p99, echo.p99), ratio(homerun.peakHeapMb, echo.peakHeapMb));
        System.out.println("(throughput ratio < 1: Homerun answers fewer updates per second than the bare echo bot; "
                + "latency ratio > 1: it answers more slowly)");
    }

    private record Median(String bot, int runs, int incomplete, double perSecond, double p50, double p99, double peakHeapMb) {
    }

    private static Median median(List<Result> results, String bot) {
        List<Result> mine = results.stream().filter(r -> r.bot().equals(bot)).toList();
        return new Median(bot, mine.size(), (int) mine.stream().filter(r -> !r.complete()).count(),
                median(mine, Result::perSecond), median(mine, Result::p50), median(mine, Result::p99),
                median(mine, Result::peakHeapMb));
    }

    private static double median(List<Result> results, java.util.function.ToDoubleFunction<Result> figure) {
        double[] values = results.stream().mapToDouble(figure).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (values.length == 0) {
            return Double.NaN;
        }
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    private static String ratio(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) || b == 0 ? "n/a" : String.format(Locale.ROOT, "%.2fx", a / b);
    }

    private static String f0(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.0f", v);
    }

    private static String f1(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.1f", v);
    }

    // ---- plumbing ----

    private static int positive(String name, int fallback) {
        return atLeast(name, fallback, 1);
    }

    private static int nonNegative(String name, int fallback) {
        return atLeast(name, fallback, 0);
    }

    private static int atLeast(String name, int fallback, int min) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        int n = Integer.parseInt(value.trim());
        if (n < min) {
            throw new IllegalArgumentException("-D" + name + " must be at least " + min);
        }
        return n;
    }

    /** Quiet before Spring Boot sets up logging (the echo bot's library logs every poll at debug). */
    private static void quietLogging() {
        setLevel(org.slf4j.Logger.ROOT_LOGGER_NAME, ch.qos.logback.classic.Level.WARN);
    }

    private static void setLevel(String logger, ch.qos.logback.classic.Level level) {
        if (LoggerFactory.getLogger(logger) instanceof ch.qos.logback.classic.Logger l) {
            l.setLevel(level);
        }
    }

    private static boolean isMavenJvm() {
        return System.getProperty("maven.home") != null || System.getProperty("classworlds.conf") != null;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            System.out.println("Closing failed: " + e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.out.println("Could not delete " + dir + ": " + e.getMessage());
        }
    }
}
