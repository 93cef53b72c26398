package nl.homerun.telegram;

import java.io.IOException;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Tells a send that provably reached Telegram but whose answer cannot be read (a successful HTTP answer that is not the
 * Bot API's JSON, such as one cut short) apart from other failures, by failing it with {@link SentWithoutAnswer}. The Bot
 * API has no idempotency key, so such a message is shown to the user already; the sender tries it once more at most.
 * An answer that never came (a closed connection, a timeout) proves nothing and is left to the usual retries.
 */
final class UnreadableAnswers implements Interceptor {

    /** A send answered by the server with something that is not the Bot API's answer. */
    static final class SentWithoutAnswer extends IOException {
        SentWithoutAnswer(String method) {
            super(method + " reached the server, but its answer could not be read");
        }
    }

    private static final long MOST_READ = 1 << 20;

    private final ObjectMapper json;

    UnreadableAnswers(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        String path = chain.request().url().encodedPath();
        String method = path.substring(path.lastIndexOf('/') + 1);
        if (response.isSuccessful() && method.toLowerCase(Locale.ROOT).startsWith("send")
                && !method.equalsIgnoreCase("sendChatAction") && !isBotApiAnswer(response)) {
            response.close();
            throw new SentWithoutAnswer(method);
        }
        return response;
    }

    private boolean isBotApiAnswer(Response response) {
        try {
            JsonNode answer = json.readTree(response.peekBody(MOST_READ).string());
            return answer != null && answer.path("ok").isBoolean();
        } catch (IOException notJson) {
            return false;
        }
    }

    /** Whether this failure, wherever in its causes, is a send that reached the server unanswered. */
    static boolean provedSent(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SentWithoutAnswer) {
                return true;
            }
        }
        return false;
    }
}
