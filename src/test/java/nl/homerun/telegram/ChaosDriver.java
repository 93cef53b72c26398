package nl.homerun.telegram;

import static nl.homerun.telegram.FakeBotApi.buttonUpdate;
import static nl.homerun.telegram.FakeBotApi.textUpdate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Chaos, black-box: N users send visit notes in bursts and accept the tasks Homerun offers, through a
 * {@link FakeBotApi}, while the bot's process ({@link BotProcess}, the real jar when given) is killed with
 * {@code kill -9} at random moments and started again on the same data directory. Optionally the Bot API fails now and
 * then (429, 502, 500 on a poll, "can't parse entities", an answer lost after a send: cut short or never sent).
 * <p>
 * Every note carries a reference ({@code K<user>x<n>}) that Homerun repeats in its answer (the task it offers quotes
 * it), which is how an answer is matched to its note. At the end every user asks for {@code /export}, and the
 * driver counts each note and each accepted task in it. Printed: updates pushed, answered, never answered, notes and
 * tasks stored more or less than once, messages sent twice, answers out of the chat's order, answers later than 30 s
 * (after the push, or after the restart that followed it).
 * <pre>
 * mvn -B -DskipTests package
 * mvn -q -B -Pchaos test-compile exec:java [-Dusers=10 -Dnotes=30 -Dkills=15 -Dfaults=true -Dseed=1 -Djar=target/homerun.jar]
 * </pre>
 */
final class ChaosDriver {

    static final Duration LATE = Duration.ofSeconds(30);
    private static final Duration ANSWER_WAIT = Duration.ofSeconds(120);
    private static final Pattern REFERENCE = Pattern.compile("(?i)\\bK(\\d+)x(\\d+)\\b");
    /** A question of the network checklist ("Netwerkchecklist · 3/7"), and its end ("Je score: 5/7"). */
    private static final Pattern QUESTION = Pattern.compile("· ([1-7])/7");
    private static final Pattern SCORE = Pattern.compile("(?i)\\bscore: ");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long FIRST_CHAT = 7_000_001;

    /** What a run is made of. {@code jar} null: the bot from this JVM's class path. */
    record Settings(int users, int notesPerUser, int kills, boolean faults, long seed, Path jar, Path dataDir, Path log) {
    }

    /** What came out. */
    record Report(int notesPushed, int pressesPushed, int answered, int neverAnswered, int notesStoredOnce,
            int notesMissing, int notesDoubled, int tasksAccepted, int tasksMissing, int tasksDoubled, int doubledMessages,
            int outOfOrder, int late, long slowestAnswerMillis, int kills, List<Long> restartMillis,
            int checklistsStarted, int checklistsEnded, int checklistsStored, int questionsSentTwice,
            int answersLost) {

        String table() {
            List<Long> sorted = new ArrayList<>(restartMillis);
            Collections.sort(sorted);
            String restarts = sorted.isEmpty() ? "-" : String.format("median %.1f s, max %.1f s",
                    sorted.get(sorted.size() / 2) / 1000.0, sorted.get(sorted.size() - 1) / 1000.0);
            return String.join("\n",
                    "kills (kill -9)                    " + kills,
                    "restart to first getUpdates        " + restarts,
                    "notes pushed                       " + notesPushed,
                    "button presses pushed              " + pressesPushed,
                    "answered                           " + answered,
                    "never answered                     " + neverAnswered,
                    "notes stored once                  " + notesStoredOnce,
                    "notes lost                         " + notesMissing,
                    "notes stored twice or more         " + notesDoubled,
                    "tasks accepted, stored once        " + (tasksAccepted - tasksMissing - tasksDoubled),
                    "tasks lost                         " + tasksMissing,
                    "tasks stored twice or more         " + tasksDoubled,
                    "messages sent twice                " + doubledMessages,
                    "  of which answers lost on purpose " + answersLost + " (each can show its message twice)",
                    "checklists started / ended         " + checklistsStarted + " / " + checklistsEnded,
                    "checklists stored with 7 answers   " + checklistsStored,
                    "checklist questions sent twice     " + questionsSentTwice,
                    "answers out of the chat's order    " + outOfOrder,
                    "answers later than " + LATE.toSeconds() + " s            " + late,
                    "slowest answer after push/restart  " + slowestAnswerMillis / 1000.0 + " s");
        }
    }

    /** One note: who sent it, when it became available, and when its first answer arrived (0: not yet). */
    private static final class Note {
        final String reference;
        final long chat;
        final int number;
        final long pushedAt;
        volatile long answeredAt;
        volatile String acceptButton;
        volatile int acceptMessageId;
        volatile boolean accepted;

        Note(String reference, long chat, int number, long pushedAt) {
            this.reference = reference;
            this.chat = chat;
            this.number = number;
            this.pushedAt = pushedAt;
        }
    }

    private final Settings settings;
    private final FakeBotApi api;
    private final Random random;
    private final java.util.concurrent.atomic.AtomicInteger answersLost = new java.util.concurrent.atomic.AtomicInteger();
    private final Map<String, Note> notes = new ConcurrentHashMap<>();
    private final Map<String, Long> pressPushedAt = new ConcurrentHashMap<>();
    private final Map<String, Long> pressAnsweredAt = new ConcurrentHashMap<>();
    private final Map<Long, Integer> highestAnswered = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> sendings = new ConcurrentHashMap<>();
    private final Map<Long, byte[]> exports = new ConcurrentHashMap<>();
    private final List<Long> launches = new CopyOnWriteArrayList<>();
    private final List<Long> restartMillis = new CopyOnWriteArrayList<>();
    private final AtomicInteger outOfOrder = new AtomicInteger();
    /** Per chat, the checklist run under way (counted from 1) and the latest question of it that arrived. */
    private final Map<Long, Integer> checklistRun = new ConcurrentHashMap<>();
    private final Map<Long, Question> lastQuestion = new ConcurrentHashMap<>();
    private final Map<Long, Boolean> checklistEnded = new ConcurrentHashMap<>();
    /** Per chat, run and question number: how often the question was sent. */
    private final Map<String, AtomicInteger> questionsSent = new ConcurrentHashMap<>();
    private final AtomicInteger checklistsStarted = new AtomicInteger();
    private final AtomicInteger checklistsEnded = new AtomicInteger();

    /** A checklist question as it arrived: its number, and the button that answers yes. */
    private record Question(int number, String yesButton, int messageId) {
    }
    private volatile long lastLaunch;
    private volatile boolean awaitingFirstPoll;

    ChaosDriver(Settings settings, FakeBotApi api) {
        this.settings = settings;
        this.api = api;
        this.random = new Random(settings.seed());
        api.recordCalls(false);
        api.onCall(this::observe);
    }

    Report run() throws Exception {
        BotProcess bot = launch();
        List<Thread> users = new ArrayList<>();
        for (int u = 0; u < settings.users(); u++) {
            long chat = FIRST_CHAT + u;
            Random own = new Random(settings.seed() * 31 + u);
            Thread user = new Thread(() -> chat(chat, own), "chaos-user-" + u);
            user.start();
            users.add(user);
        }
        int kills = 0;
        while (kills < settings.kills() && users.stream().anyMatch(Thread::isAlive)) {
            awaitFirstPoll(bot);
            sleepMillis(500 + random.nextInt(5_000));
            if (settings.faults()) {
                injectFault();
            }
            bot.kill();
            kills++;
            bot = launch();
        }
        for (Thread user : users) {
            user.join(TimeUnit.MINUTES.toMillis(10));
        }
        api.recover();
        awaitFirstPoll(bot);
        for (int u = 0; u < settings.users(); u++) {
            long chat = FIRST_CHAT + u;
            api.sendNew(id -> textUpdate(id, chat, language(chat), "/export"));
        }
        long deadline = System.nanoTime() + ANSWER_WAIT.toNanos();
        while (exports.size() < settings.users() && System.nanoTime() < deadline) {
            sleepMillis(100);
        }
        bot.stop();
        return report(kills);
    }

    /** One user: bursts of one to three notes typed in quick succession, then the tasks of some of them accepted. */
    private void chat(long chat, Random own) {
        int number = 0;
        boolean checklistDone = false;
        while (number < settings.notesPerUser()) {
            if (!checklistDone && number >= settings.notesPerUser() / 2) {
                checklistDone = true;
                checklist(chat);
            }
            List<Note> burst = new ArrayList<>();
            int size = Math.min(1 + own.nextInt(3), settings.notesPerUser() - number);
            for (int i = 0; i < size; i++) {
                burst.add(push(chat, number++, own));
                sleepMillis(50 + own.nextInt(250));
            }
            for (Note note : burst) {
                awaitAnswer(note);
            }
            for (Note note : burst) {
                if (note.acceptButton != null && own.nextInt(3) == 0) {
                    press(note);
                }
            }
            sleepMillis(own.nextInt(500));
        }
    }

    /** The network checklist, start to end, every question answered yes as soon as it arrives. */
    private void checklist(long chat) {
        checklistRun.merge(chat, 1, Integer::sum);
        lastQuestion.remove(chat);
        checklistEnded.remove(chat);
        checklistsStarted.incrementAndGet();
        api.sendNew(id -> textUpdate(id, chat, language(chat), "/checklist"));
        for (int number = 1; number <= 7; number++) {
            Question question = awaitQuestion(chat, number);
            if (question == null || question.yesButton() == null) {
                return; // not answered in time: counted as a checklist that did not end
            }
            FakeBotApi.Queued queued = api.sendNew(id -> buttonUpdate(id, chat, language(chat), question.yesButton(),
                    question.messageId()));
            String callback = "cb" + queued.updateId();
            pressPushedAt.put(callback, queued.atNanos());
        }
        long deadline = System.nanoTime() + ANSWER_WAIT.toNanos();
        while (!checklistEnded.containsKey(chat) && System.nanoTime() < deadline) {
            sleepMillis(20);
        }
    }

    private Question awaitQuestion(long chat, int number) {
        long deadline = System.nanoTime() + ANSWER_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Question question = lastQuestion.get(chat);
            if (question != null && question.number() >= number) {
                return question;
            }
            sleepMillis(20);
        }
        return null;
    }

    private Note push(long chat, int number, Random own) {
        String reference = "K" + (chat - FIRST_CHAT) + "x" + number;
        String[] days = language(chat).equals("nl") ? new String[] {"vrijdag", "maandag", "morgen", "dinsdag"}
                : new String[] {"friday", "monday", "tomorrow", "tuesday"};
        String day = days[own.nextInt(days.length)];
        String text = language(chat).equals("nl")
                ? "gesproken met de inkoper over order " + reference + ", ik stuur " + day + " de offerte voor " + reference
                : "spoke to the buyer about order " + reference + ", i'll send the quote for " + reference + " on " + day;
        FakeBotApi.Queued queued = api.sendNew(id -> textUpdate(id, chat, language(chat), text));
        Note note = new Note(reference.toLowerCase(), chat, number, queued.atNanos());
        notes.put(note.reference, note);
        return note;
    }

    private void press(Note note) {
        FakeBotApi.Queued queued = api.sendNew(id -> buttonUpdate(id, note.chat, language(note.chat), note.acceptButton,
                note.acceptMessageId));
        String callback = "cb" + queued.updateId();
        pressPushedAt.put(callback, queued.atNanos());
        note.accepted = true;
        long deadline = System.nanoTime() + ANSWER_WAIT.toNanos();
        while (!pressAnsweredAt.containsKey(callback) && System.nanoTime() < deadline) {
            sleepMillis(20);
        }
    }

    private void awaitAnswer(Note note) {
        long deadline = System.nanoTime() + ANSWER_WAIT.toNanos();
        while (note.answeredAt == 0 && System.nanoTime() < deadline) {
            sleepMillis(20);
        }
    }

    /** Every request the bot makes, as it arrives. */
    private void observe(FakeBotApi.Call call) {
        long now = System.nanoTime();
        if (call.is("getUpdates")) {
            if (awaitingFirstPoll) {
                awaitingFirstPoll = false;
                restartMillis.add(TimeUnit.NANOSECONDS.toMillis(now - lastLaunch));
            }
            return;
        }
        if (call.status() != 200) {
            return;
        }
        if (call.is("answerCallbackQuery")) {
            pressAnsweredAt.putIfAbsent(call.body().path("callback_query_id").asText(), now);
            return;
        }
        if (call.is("sendDocument")) {
            exports.putIfAbsent(call.body().path("chat_id").asLong(), exportedJson(call.raw()));
            return;
        }
        if (!call.is("sendMessage") && !call.is("editMessageText")) {
            return;
        }
        if (call.is("sendMessage")) {
            observeChecklist(call);
        }
        Matcher matcher = REFERENCE.matcher(call.text());
        boolean counted = false;
        while (matcher.find()) {
            Note note = notes.get(matcher.group().toLowerCase());
            if (note == null) {
                continue;
            }
            if (call.is("sendMessage") && !counted) {
                counted = true;
                sendings.computeIfAbsent(call.chatId() + "\n" + call.text() + "\n" + call.body().path("reply_markup"),
                        k -> new AtomicInteger()).incrementAndGet();
            }
            if (note.answeredAt == 0) {
                note.answeredAt = now;
                int highest = highestAnswered.merge(note.chat, note.number, Math::max);
                if (highest > note.number) {
                    outOfOrder.incrementAndGet();
                }
            }
            String accept = acceptButton(call);
            if (accept != null && note.acceptButton == null) {
                note.acceptMessageId = call.messageId() > 0 ? call.messageId() : call.body().path("message_id").asInt();
                note.acceptButton = accept;
            }
        }
    }

    private void observeChecklist(FakeBotApi.Call call) {
        long chat = call.chatId();
        Integer run = checklistRun.get(chat);
        if (run == null) {
            return;
        }
        Matcher question = QUESTION.matcher(call.text());
        if (question.find()) {
            int number = Integer.parseInt(question.group(1));
            questionsSent.computeIfAbsent(chat + ":" + run + ":" + number, k -> new AtomicInteger()).incrementAndGet();
            int messageId = call.messageId() > 0 ? call.messageId() : call.body().path("message_id").asInt();
            lastQuestion.merge(chat, new Question(number, acceptButton(call), messageId),
                    (old, fresh) -> fresh.number() >= old.number() ? fresh : old);
        } else if (SCORE.matcher(call.text()).find() && checklistEnded.putIfAbsent(chat, true) == null) {
            checklistsEnded.incrementAndGet();
        }
    }

    /** The callback data of the button that takes the first proposal on ("✅ 1"), or null. */
    private static String acceptButton(FakeBotApi.Call call) {
        for (JsonNode row : call.body().path("reply_markup").path("inline_keyboard")) {
            for (JsonNode button : row) {
                if (button.path("text").asText().startsWith("✅")) {
                    return button.path("callback_data").asText();
                }
            }
        }
        return null;
    }

    /** The JSON file of a multipart {@code sendDocument}, as it was uploaded. */
    private static byte[] exportedJson(String raw) {
        int start = raw.indexOf("{\n");
        int end = raw.lastIndexOf("}");
        return start < 0 || end < start ? new byte[0] : raw.substring(start, end + 1).getBytes(StandardCharsets.UTF_8);
    }

    private Report report(int kills) throws IOException {
        int answered = 0;
        int never = 0;
        int late = 0;
        long slowest = 0;
        for (Note note : notes.values()) {
            if (note.answeredAt == 0) {
                never++;
                continue;
            }
            answered++;
            long waited = note.answeredAt - Math.max(note.pushedAt, launchBefore(note.answeredAt));
            slowest = Math.max(slowest, waited);
            if (waited > LATE.toNanos()) {
                late++;
            }
        }
        for (Map.Entry<String, Long> press : pressPushedAt.entrySet()) {
            Long at = pressAnsweredAt.get(press.getKey());
            if (at == null) {
                never++;
                continue;
            }
            answered++;
            long waited = at - Math.max(press.getValue(), launchBefore(at));
            slowest = Math.max(slowest, waited);
            if (waited > LATE.toNanos()) {
                late++;
            }
        }
        Map<String, int[]> stored = storedCounts();
        int once = 0;
        int missing = 0;
        int doubled = 0;
        int accepted = 0;
        int tasksMissing = 0;
        int tasksDoubled = 0;
        for (Note note : notes.values()) {
            int[] counts = stored.getOrDefault(note.reference, new int[2]);
            if (counts[0] == 1) {
                once++;
            } else if (counts[0] == 0) {
                missing++;
            } else {
                doubled++;
            }
            if (note.accepted) {
                accepted++;
                if (counts[1] == 0) {
                    tasksMissing++;
                } else if (counts[1] > 1) {
                    tasksDoubled++;
                }
            } else if (counts[1] > 1) {
                tasksDoubled++;
            }
        }
        int doubledMessages = (int) sendings.values().stream().filter(n -> n.get() > 1).count();
        int questionsSentTwice = (int) questionsSent.values().stream().filter(n -> n.get() > 1).count();
        return new Report(notes.size(), pressPushedAt.size(), answered, never, once, missing, doubled, accepted,
                tasksMissing, tasksDoubled, doubledMessages, outOfOrder.get(), late,
                TimeUnit.NANOSECONDS.toMillis(slowest), kills, List.copyOf(restartMillis), checklistsStarted.get(),
                checklistsEnded.get(), storedChecklists(), questionsSentTwice, answersLost.get());
    }

    /** The checklist runs in the users' exports that hold all seven answers. */
    private int storedChecklists() throws IOException {
        int stored = 0;
        for (byte[] export : exports.values()) {
            for (JsonNode run : JSON.readTree(export).path("collections").path("dialog_runs")) {
                if (run.path("script").asText().equals("checklist") && run.path("answers").size() == 7) {
                    stored++;
                }
            }
        }
        return stored;
    }

    /** Per reference: how many notes and how many tasks the users' exports hold with it. */
    private Map<String, int[]> storedCounts() throws IOException {
        Map<String, int[]> counts = new ConcurrentHashMap<>();
        for (byte[] export : exports.values()) {
            JsonNode collections = JSON.readTree(export).path("collections");
            count(collections.path("notes"), 0, counts);
            count(collections.path("followups"), 1, counts);
        }
        return counts;
    }

    private static void count(JsonNode documents, int slot, Map<String, int[]> counts) {
        for (JsonNode document : documents) {
            Matcher matcher = REFERENCE.matcher(document.toString());
            java.util.Set<String> seen = new java.util.HashSet<>();
            while (matcher.find()) {
                if (seen.add(matcher.group().toLowerCase())) {
                    counts.computeIfAbsent(matcher.group().toLowerCase(), k -> new int[2])[slot]++;
                }
            }
        }
    }

    /** The start of the process that was running at {@code nanos}. */
    private long launchBefore(long nanos) {
        long before = 0;
        for (long launch : launches) {
            if (launch <= nanos) {
                before = launch;
            }
        }
        return before;
    }

    private BotProcess launch() throws IOException {
        BotProcess bot = BotProcess.start(api, settings.dataDir(), settings.jar(), settings.log());
        lastLaunch = bot.startedAtNanos;
        launches.add(bot.startedAtNanos);
        awaitingFirstPoll = true;
        return bot;
    }

    private void awaitFirstPoll(BotProcess bot) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (awaitingFirstPoll && System.nanoTime() < deadline) {
            sleepMillis(50);
        }
    }

    /** One of the Bot API's own faults, once, on the next call of its kind. */
    private void injectFault() {
        switch (random.nextInt(6)) {
            case 4 -> lose(FakeBotApi.LostAnswer.GARBLED);
            case 5 -> lose(FakeBotApi.LostAnswer.DROPPED);
            case 0 -> api.tooManyRequests("sendMessage", 1);
            case 1 -> api.fail("sendMessage", 502, "{\"ok\":false,\"error_code\":502,\"description\":\"Bad Gateway\"}");
            case 2 -> api.fail("sendMessage", 400,
                    "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: can't parse entities\"}");
            default -> api.fail("getUpdates", 500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}");
        }
    }

    /** The next send is carried out but its answer lost; the message may then be shown twice (README). */
    private void lose(FakeBotApi.LostAnswer how) {
        answersLost.incrementAndGet();
        api.loseAnswer("sendMessage", how);
    }

    private static String language(long chat) {
        return chat % 2 == 0 ? "en" : "nl";
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        Path data = Files.createTempDirectory("homerun-chaos");
        String jar = System.getProperty("jar", Files.exists(Path.of("target/homerun.jar")) ? "target/homerun.jar" : "");
        Settings settings = new Settings(Integer.getInteger("users", 10), Integer.getInteger("notes", 30),
                Integer.getInteger("kills", 15), Boolean.getBoolean("faults"), Long.getLong("seed", 1),
                jar.isBlank() ? null : Path.of(jar), data, data.resolveSibling(data.getFileName() + ".log"));
        System.out.println("chaos: " + settings.users() + " users x " + settings.notesPerUser() + " notes, "
                + settings.kills() + " kills, faults " + settings.faults() + ", seed " + settings.seed() + ", "
                + (settings.jar() == null ? "class path" : settings.jar()) + "; data " + data + ", log " + settings.log());
        try (FakeBotApi api = new FakeBotApi()) {
            Report report = new ChaosDriver(settings, api).run();
            System.out.println(report.table());
        }
        System.exit(0);
    }
}
