package nl.homerun.telegram;

import static nl.homerun.telegram.FakeBotApi.buttonUpdate;
import static nl.homerun.telegram.FakeBotApi.textUpdate;

import java.time.Duration;
import java.util.function.Predicate;

/**
 * One user typing and pressing in a chat through the fake Bot API, as a phone would, and waiting for the answer each
 * time: for the end-to-end walk-throughs.
 */
final class ChatDriver {

    private static final Duration WAIT = Duration.ofSeconds(15);

    private final FakeBotApi api;
    private final long user;
    private final String language;
    private int update;

    ChatDriver(FakeBotApi api, long user, String language) {
        this.api = api;
        this.user = user;
        this.language = language;
    }

    /** Types {@code text} and waits for a message to this user, sent or changed from now on, that {@code answer} accepts. */
    FakeBotApi.Call say(String text, Predicate<FakeBotApi.Call> answer) {
        Predicate<FakeBotApi.Call> next = after(answer);
        api.send(textUpdate(++update, user, language, text));
        return api.await(next, WAIT);
    }

    /** Presses the button of {@code message} whose label contains {@code label}, and waits as {@link #say} does. */
    FakeBotApi.Call press(FakeBotApi.Call message, String label, Predicate<FakeBotApi.Call> answer) {
        Predicate<FakeBotApi.Call> next = after(answer);
        int messageId = message.messageId() != 0 ? message.messageId() : message.body().path("message_id").asInt();
        api.send(buttonUpdate(++update, user, language, message.button(label), messageId));
        return api.await(next, WAIT);
    }

    /** Sends an update built for the next update id, e.g. a document. */
    void send(java.util.function.IntFunction<com.fasterxml.jackson.databind.node.ObjectNode> built) {
        api.send(built.apply(++update));
    }

    /** A message, photo or file to this user, sent or edited from now on, that the predicate accepts. */
    Predicate<FakeBotApi.Call> after(Predicate<FakeBotApi.Call> answer) {
        long from = System.nanoTime();
        return c -> c.atNanos() >= from && c.status() == 200 && c.chatId() == user
                && (c.is("sendMessage") || c.is("editMessageText") || c.is("sendPhoto") || c.is("sendDocument"))
                && answer.test(c);
    }

    /** The call's text without its HTML. */
    static String plain(FakeBotApi.Call call) {
        return call.text().replaceAll("<[^>]+>", "");
    }
}
