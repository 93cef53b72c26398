package nl.homerun.telegram;

import java.io.IOException;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Takes the updates the TelegramBots library cannot read (no {@code update_id}, one that is no 32-bit number, a
 * shape it fails on) out of a {@code getUpdates} answer before the library sees it, and logs each (never its
 * content). One such update made the library's poller stop for good, or retry its whole batch forever. An update
 * whose id is below the highest seen, which the library drops without a word, is logged too.
 */
final class UnreadableUpdates implements Interceptor {

    private static final Logger log = LoggerFactory.getLogger(UnreadableUpdates.class);

    private final ObjectMapper json;
    /** The highest update id passed on; -1 before the first. */
    private volatile long highest = -1;

    UnreadableUpdates(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        ResponseBody body = response.body();
        if (!response.isSuccessful() || body == null
                || !chain.request().url().encodedPath().toLowerCase(Locale.ROOT).endsWith("/getupdates")) {
            return response;
        }
        String text = body.string();
        return response.newBuilder().body(ResponseBody.create(readable(text), body.contentType())).build();
    }

    /** The answer with only the updates the library can read; as it came when it is not an answer at all. */
    String readable(String answer) {
        JsonNode root;
        try {
            root = json.readTree(answer);
        } catch (IOException e) {
            return answer;
        }
        if (!(root instanceof ObjectNode object) || !(root.get("result") instanceof ArrayNode updates)) {
            return answer;
        }
        ArrayNode kept = json.createArrayNode();
        for (JsonNode update : updates) {
            String why = unreadable(update);
            if (why == null) {
                kept.add(update);
                long id = update.get("update_id").asLong();
                if (id < highest) {
                    log.warn("Update {} came after update {}; the polling library skips an update below the highest it saw", id, highest);
                }
                highest = Math.max(highest, id);
            } else {
                log.warn("An update from the Bot API skipped: {} (update_id {})", why,
                        update.path("update_id").isNumber() ? update.path("update_id").asText() : "unknown");
            }
        }
        if (kept.size() == updates.size()) {
            return answer;
        }
        object.set("result", kept);
        return object.toString();
    }

    private String unreadable(JsonNode update) {
        JsonNode id = update.get("update_id");
        if (id == null || !id.canConvertToInt() || !id.isIntegralNumber()) {
            return "no update_id the library can read";
        }
        try {
            json.treeToValue(update, Update.class);
            return null;
        } catch (IOException | RuntimeException e) {
            return "a shape the library cannot read (" + e.getClass().getSimpleName() + ")";
        }
    }
}
