package nl.homerun.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A Bot API server inside the test JVM, for the real TelegramBots client and poller. It serves queued updates to
 * {@code getUpdates} (holding the poll briefly when there are none), records every call, and answers each method
 * as Telegram would, unless a test told it to fail one.
 */
public final class FakeBotApi implements AutoCloseable {

    public static final String TOKEN = "123456789:AAH-fakeTokenForTests_0123456789abcd";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final java.util.concurrent.ExecutorService handlers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-bot-api");
        t.setDaemon(true);
        return t;
    });
    private volatile HttpServer server;
    private volatile java.util.function.BiPredicate<String, JsonNode> outageFrom;
    private final Deque<ObjectNode> updates = new ArrayDeque<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Failure>> failures = new ConcurrentHashMap<>();
    private final Map<String, Deque<LostAnswer>> lostAnswers = new ConcurrentHashMap<>();
    private final Map<String, Failure> unsupported = new ConcurrentHashMap<>();
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final AtomicInteger messageIds = new AtomicInteger(1000);
    /** The messages the bot sent, by "chat:message", as they read now, so that edits can be checked as Telegram does. */
    private final Map<String, Shown> shown = new ConcurrentHashMap<>();
    private final List<Consumer<Call>> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean recording = true;
    private int lastUpdateId;

    /**
     * A request the bot made: the method, its JSON body (or the form fields of a multipart upload), when, how it was
     * answered, and for a message sent the number it was given in its chat (0 for other calls).
     */
    public record Call(String method, JsonNode body, String raw, long atNanos, int status, int messageId) {
        /** Telegram reads method names regardless of case (the poller calls "getupdates"). */
        public boolean is(String name) {
            return method.equalsIgnoreCase(name);
        }

        public long chatId() {
            return body.path("chat_id").asLong();
        }

        public String text() {
            return body.path("text").asText(body.path("caption").asText(""));
        }

        /** The callback data of the button at this row and column of the message's keyboard; "" when there is none. */
        public String button(int row, int column) {
            return body.at("/reply_markup/inline_keyboard/" + row + "/" + column + "/callback_data").asText("");
        }

        /** The callback data of the first button whose label contains {@code label}. */
        public String button(String label) {
            for (JsonNode row : body.path("reply_markup").path("inline_keyboard")) {
                for (JsonNode button : row) {
                    if (button.path("text").asText().contains(label)) {
                        return button.path("callback_data").asText();
                    }
                }
            }
            throw new AssertionError("No button '" + label + "' in " + raw);
        }

        /** The labels of the message's buttons, row by row ("[A] [B] [C]"). */
        public String buttonLabels() {
            List<String> rows = new ArrayList<>();
            for (JsonNode row : body.path("reply_markup").path("inline_keyboard")) {
                List<String> labels = new ArrayList<>();
                row.forEach(button -> labels.add("[" + button.path("text").asText() + "]"));
                rows.add(String.join(" ", labels));
            }
            return String.join("\n", rows);
        }
    }

    /** A message as the chat shows it now: its text and its keyboard (as JSON, "" for none). */
    private record Shown(String text, String keyboard) {
    }

    /** How the answer to a call that Telegram carried out fails to reach the bot. */
    public enum LostAnswer {
        /** An answer comes, but not one that can be read: proof that the call arrived. */
        GARBLED,
        /** The connection is closed before any answer: the call may or may not have arrived. */
        DROPPED
    }

    private record Failure(int status, String body) {
    }

    public FakeBotApi() throws IOException {
        server = listen(0);
        port = server.getAddress().getPort();
    }

    private HttpServer listen(int onPort) throws IOException {
        HttpServer listening = HttpServer.create(new InetSocketAddress("127.0.0.1", onPort), 0);
        listening.createContext("/", this::handle);
        listening.setExecutor(handlers);
        listening.start();
        return listening;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    // ---- what users do ----

    public static ObjectNode textUpdate(int updateId, long userId, String languageCode, String text) {
        ObjectNode message = message(userId, languageCode);
        message.put("message_id", updateId).put("text", text);
        if (text.startsWith("/")) {
            int end = text.indexOf(' ') < 0 ? text.length() : text.indexOf(' ');
            message.putArray("entities").addObject().put("type", "bot_command").put("offset", 0).put("length", end);
        }
        return update(updateId).set("message", message);
    }

    /** The user changed the text of the message that came with update {@code messageUpdateId}. */
    public static ObjectNode editedTextUpdate(int updateId, int messageUpdateId, long userId, String text) {
        ObjectNode message = message(userId, "nl");
        message.put("message_id", messageUpdateId).put("text", text).put("edit_date", 1_700_000_100);
        return update(updateId).set("edited_message", message);
    }

    public static ObjectNode buttonUpdate(int updateId, long userId, String languageCode, String data) {
        return buttonUpdate(updateId, userId, languageCode, data, 1);
    }

    /** A press on a button under the bot's message {@code messageId} (see {@link Call#messageId()}). */
    public static ObjectNode buttonUpdate(int updateId, long userId, String languageCode, String data, int messageId) {
        ObjectNode query = JSON.createObjectNode();
        query.put("id", "cb" + updateId);
        query.set("from", user(userId, languageCode));
        query.put("chat_instance", "ci" + userId);
        query.put("data", data);
        query.set("message", message(userId, languageCode).put("text", "earlier message").put("message_id", messageId));
        return update(updateId).set("callback_query", query);
    }

    public static ObjectNode stickerUpdate(int updateId, long userId) {
        ObjectNode message = message(userId, "en");
        message.putObject("sticker").put("file_id", "st1").put("file_unique_id", "st1u").put("type", "regular")
                .put("width", 512).put("height", 512).put("is_animated", false).put("is_video", false);
        return update(updateId).set("message", message);
    }

    public static ObjectNode documentUpdate(int updateId, long userId, String fileId, String fileName) {
        ObjectNode message = message(userId, "en");
        message.putObject("document").put("file_id", fileId).put("file_unique_id", fileId + "u")
                .put("file_name", fileName).put("mime_type", "text/vcard").put("file_size", 100);
        return update(updateId).set("message", message);
    }

    /** An update of a kind Homerun does not handle (a poll). */
    public static ObjectNode pollUpdate(int updateId) {
        ObjectNode update = update(updateId);
        update.putObject("poll").put("id", "p1").put("question", "?").put("total_voter_count", 0)
                .put("is_closed", false).put("is_anonymous", true).put("type", "regular")
                .put("allows_multiple_answers", false).putArray("options");
        return update;
    }

    private static ObjectNode update(int updateId) {
        return JSON.createObjectNode().put("update_id", updateId);
    }

    private static ObjectNode message(long userId, String languageCode) {
        ObjectNode message = JSON.createObjectNode();
        message.put("message_id", 1).put("date", 1_700_000_000);
        message.putObject("chat").put("id", userId).put("type", "private").put("first_name", "User" + userId);
        message.set("from", user(userId, languageCode));
        return message;
    }

    private static ObjectNode user(long userId, String languageCode) {
        ObjectNode user = JSON.createObjectNode().put("id", userId).put("is_bot", false).put("first_name", "User" + userId);
        if (languageCode != null) {
            user.put("language_code", languageCode);
        }
        return user;
    }

    /** Queues updates for the next {@code getUpdates}; the same update_id may be queued twice (a redelivery). */
    public synchronized void send(ObjectNode... queued) {
        updates.addAll(List.of(queued));
        for (ObjectNode update : queued) {
            lastUpdateId = Math.max(lastUpdateId, update.path("update_id").asInt());
        }
        notifyAll();
    }

    /** An update queued by {@link #sendNew}: its id, and the {@link System#nanoTime()} it became available. */
    public record Queued(int updateId, long atNanos) {
    }

    /**
     * Queues one update under the next free update_id (one above every id queued before), built by {@code update}
     * from that id. Taking the id and queueing happen at once, so senders on several threads never queue an id
     * below one a {@code getUpdates} has already confirmed (which would drop it, as Telegram would).
     */
    public synchronized Queued sendNew(IntFunction<ObjectNode> update) {
        ObjectNode built = update.apply(lastUpdateId + 1);
        send(built);
        return new Queued(built.path("update_id").asInt(), System.nanoTime());
    }

    public void storeFile(String fileId, byte[] content) {
        files.put(fileId, content);
    }

    // ---- what the server does wrong ----

    /** The next call of {@code method} is refused with 429 and this {@code retry_after}. */
    public void tooManyRequests(String method, int retryAfterSeconds) {
        fail(method, 429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after "
                + retryAfterSeconds + "\",\"parameters\":{\"retry_after\":" + retryAfterSeconds + "}}");
    }

    public void fail(String method, int status, String body) {
        failures.computeIfAbsent(method.toLowerCase(), m -> new ConcurrentLinkedDeque<>()).add(new Failure(status, body));
    }

    /** The next call of {@code method} is carried out (a message is shown to the user) but its answer is lost so. */
    public void loseAnswer(String method, LostAnswer how) {
        lostAnswers.computeIfAbsent(method.toLowerCase(), m -> new ConcurrentLinkedDeque<>()).add(how);
    }

    /**
     * An outage from the first call that {@code trigger} accepts (method and body): that call is carried out by no
     * one and gets no answer, and every connection after it is refused, until {@link #endOutage()}.
     */
    public void outageFrom(java.util.function.BiPredicate<String, JsonNode> trigger) {
        outageFrom = trigger;
    }

    /** The Bot API is back, at the same address, with everything it held before (queued updates too). */
    public synchronized void endOutage() throws IOException {
        if (server == null) {
            server = listen(port);
        }
    }

    private synchronized void goDown() {
        outageFrom = null;
        HttpServer stopping = server;
        server = null;
        if (stopping != null) {
            Thread stopper = new Thread(() -> stopping.stop(0), "fake-bot-api-outage");
            stopper.setDaemon(true);
            stopper.start(); // not on this handler thread, which the stop would wait for
        }
    }

    /** Every call of {@code method} answers 404, as a Bot API server that does not know it. */
    public void unsupported(String method) {
        unsupported.put(method.toLowerCase(), new Failure(404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}"));
    }

    // ---- what the bot did ----

    /** Calls {@code listener} with every request the bot makes, on the server thread, before it is answered. */
    public void onCall(Consumer<Call> listener) {
        listeners.add(listener);
    }

    /** Whether calls are kept for {@link #calls()} and the awaits (default); a long load run turns it off. */
    public void recordCalls(boolean record) {
        this.recording = record;
    }

    public List<Call> calls(String method) {
        return calls.stream().filter(c -> c.is(method)).toList();
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Clears every failure set up before: the server works again. */
    public void recover() {
        failures.clear();
        unsupported.clear();
    }

    /** The texts delivered to a chat, in the order they arrived. */
    public List<String> textsTo(long chatId) {
        return calls.stream().filter(c -> c.method().toLowerCase().startsWith("send") && !c.is("sendChatAction"))
                .filter(c -> c.status() == 200)
                .filter(c -> c.chatId() == chatId).map(Call::text).toList();
    }

    /** The text of a message the bot sent to a chat, as it reads now (after any edits). */
    public String textOf(long chatId, int messageId) {
        Shown message = shown.get(chatId + ":" + messageId);
        return message == null ? null : message.text();
    }

    /** The changes made to earlier messages of a chat, in order: the editMessageText and editMessageReplyMarkup calls Telegram took. */
    public List<Call> editsTo(long chatId) {
        return calls.stream().filter(c -> c.is("editMessageText") || c.is("editMessageReplyMarkup"))
                .filter(c -> c.status() == 200 && c.chatId() == chatId).toList();
    }

    /** Waits until a call matching the predicate has arrived, and returns it. */
    public Call await(Predicate<Call> predicate, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (Call call : calls) {
                if (predicate.test(call)) {
                    return call;
                }
            }
            sleep(20);
        }
        throw new AssertionError("No matching Bot API call within " + timeout + "; calls were: " + summary());
    }

    public List<String> awaitTexts(long chatId, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (textsTo(chatId).size() < count && System.nanoTime() < deadline) {
            sleep(20);
        }
        List<String> texts = textsTo(chatId);
        if (texts.size() < count) {
            throw new AssertionError("Expected " + count + " messages to " + chatId + " but got " + texts);
        }
        return texts;
    }

    public String summary() {
        List<String> lines = new ArrayList<>();
        for (Call c : calls) {
            if (!c.is("getUpdates")) {
                lines.add(c.method() + " " + c.raw().substring(0, Math.min(120, c.raw().length())));
            }
        }
        return String.join("\n", lines);
    }

    // ---- the HTTP side ----

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith("/file/bot" + TOKEN + "/")) {
                String fileId = path.substring(path.lastIndexOf('/') + 1);
                byte[] content = files.get(fileId);
                respond(exchange, content == null ? 404 : 200, content == null ? new byte[0] : content);
                return;
            }
            String prefix = "/bot" + TOKEN + "/";
            if (!path.startsWith(prefix)) {
                respond(exchange, 401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
                return;
            }
            String method = path.substring(prefix.length());
            byte[] bytes = readAll(exchange.getRequestBody());
            String raw = new String(bytes, StandardCharsets.UTF_8);
            JsonNode body = parse(exchange, raw);
            java.util.function.BiPredicate<String, JsonNode> outage = outageFrom;
            if (server == null || outage != null && outage.test(method, body)) {
                goDown();
                return; // closed without an answer, and no one carried it out
            }
            Failure failure = unsupported.get(method.toLowerCase());
            Deque<Failure> queued = failures.get(method.toLowerCase());
            if (failure == null && queued != null) {
                failure = queued.poll();
            }
            String name = method.toLowerCase();
            int messageId = failure == null && (name.equals("sendmessage") || name.equals("senddocument") || name.equals("sendphoto"))
                    ? messageIds.incrementAndGet() : 0;
            if (failure == null && name.startsWith("editmessage")) {
                failure = edit(name, body);
                messageId = body.path("message_id").asInt();
            } else if (messageId > 0) {
                shown.put(body.path("chat_id").asLong() + ":" + messageId, new Shown(body.path("text").asText(""), keyboard(body)));
            }
            Call call = new Call(method, body, raw, System.nanoTime(), failure == null ? 200 : failure.status(), messageId);
            if (recording) {
                calls.add(call);
            }
            for (Consumer<Call> listener : listeners) {
                listener.accept(call);
            }
            if (failure != null) {
                respond(exchange, failure.status(), failure.body());
                return;
            }
            Deque<LostAnswer> losses = lostAnswers.get(name);
            LostAnswer lost = losses == null ? null : losses.poll();
            if (lost == LostAnswer.GARBLED) {
                respond(exchange, 200, "<html><body>502 Bad Ga");
                return;
            }
            if (lost == LostAnswer.DROPPED) {
                return; // closed without an answer
            }
            respond(exchange, 200, "{\"ok\":true,\"result\":" + result(method, body, messageId) + "}");
        } catch (RuntimeException e) {
            e.printStackTrace();
        }
    }

    /**
     * Changes a message as Telegram does, or says why not: a message it never sent is not found, and an edit that
     * changes nothing is "not modified".
     */
    private Failure edit(String method, JsonNode body) {
        String key = body.path("chat_id").asLong() + ":" + body.path("message_id").asInt();
        Shown before = shown.get(key);
        if (before == null) {
            return badRequest("Bad Request: message to edit not found");
        }
        Shown after = method.equals("editmessagetext") ? new Shown(body.path("text").asText(""), keyboard(body))
                : new Shown(before.text(), keyboard(body));
        if (after.equals(before)) {
            return badRequest("Bad Request: message is not modified: specified new message content and reply markup are "
                    + "exactly the same as a current content and reply markup of the message");
        }
        shown.put(key, after);
        return null;
    }

    private static Failure badRequest(String description) {
        return new Failure(400, "{\"ok\":false,\"error_code\":400,\"description\":\"" + description + "\"}");
    }

    private static String keyboard(JsonNode body) {
        JsonNode rows = body.path("reply_markup").path("inline_keyboard");
        return rows.isMissingNode() || rows.isEmpty() ? "" : rows.toString();
    }

    private String result(String method, JsonNode body, int messageId) {
        return switch (method.toLowerCase()) {
            case "getupdates" -> pollUpdates(body.path("offset").asInt(0), body.path("limit").asInt(100)).toString();
            case "sendmessage", "senddocument", "sendphoto", "editmessagetext", "editmessagereplymarkup" -> sentMessage(body, messageId);
            case "getfile" -> "{\"file_id\":\"" + body.path("file_id").asText() + "\",\"file_unique_id\":\"u\",\"file_path\":\"documents/"
                    + body.path("file_id").asText() + "\"}";
            default -> "true";
        };
    }

    /**
     * Up to {@code limit} queued updates (1 to 100, as Telegram; 100 when not given), the rest at the next poll. As
     * Telegram, an update stays until a later poll's offset confirms it: a poll that a killed process left hanging
     * does not take it away from the next process.
     */
    private synchronized List<ObjectNode> pollUpdates(int offset, int limit) {
        updates.removeIf(u -> u.path("update_id").asInt() < offset);
        if (updates.isEmpty()) {
            try {
                wait(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        int max = limit < 1 || limit > 100 ? 100 : limit;
        return updates.stream().limit(max).toList();
    }

    private String sentMessage(JsonNode body, int messageId) {
        ObjectNode message = JSON.createObjectNode();
        message.put("message_id", messageId).put("date", 1_700_000_000);
        message.putObject("chat").put("id", body.path("chat_id").asLong()).put("type", "private");
        message.put("text", body.path("text").asText(""));
        return message.toString();
    }

    /** JSON bodies as they are; multipart uploads (documents, photos) as their text fields. */
    private static JsonNode parse(HttpExchange exchange, String raw) {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        try {
            if (type != null && type.startsWith("multipart/")) {
                ObjectNode fields = JSON.createObjectNode();
                String boundary = "--" + type.substring(type.indexOf("boundary=") + 9);
                for (String part : raw.split(java.util.regex.Pattern.quote(boundary))) {
                    int nameAt = part.indexOf("name=\"");
                    int bodyAt = part.indexOf("\r\n\r\n");
                    if (nameAt < 0 || bodyAt < 0) {
                        continue;
                    }
                    String name = part.substring(nameAt + 6, part.indexOf('"', nameAt + 6));
                    String value = part.substring(bodyAt + 4).replaceAll("\r\n$", "");
                    fields.put(name, part.contains("filename=\"") ? "<file " + value.length() + " bytes>" : value);
                    if (part.contains("filename=\"")) {
                        int fileAt = part.indexOf("filename=\"") + 10;
                        fields.put(name + "_filename", part.substring(fileAt, part.indexOf('"', fileAt)));
                    }
                }
                return fields;
            }
            return raw.isBlank() ? JSON.createObjectNode() : JSON.readTree(raw);
        } catch (IOException e) {
            return JSON.createObjectNode().put("unparsed", raw);
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        respond(exchange, status, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
        }
    }
}
