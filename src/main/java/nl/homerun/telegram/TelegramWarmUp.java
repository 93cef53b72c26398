package nl.homerun.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Does, on a thread of its own while Spring starts the bot, what the first update would otherwise do first: reading
 * Telegram's update objects (TelegramBots' own mapper introspects some 500 classes of them), writing a message with
 * buttons, and setting up the HTTP client's TLS. On two cores the start's main thread leaves the other one mostly
 * idle, so the first {@code /start} is answered about half a second sooner. Only with a bot token; it touches no
 * network, no database and nothing of the user's, and a failure is only logged.
 */
public final class TelegramWarmUp implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final Logger log = LoggerFactory.getLogger(TelegramWarmUp.class);

    /** A {@code getUpdates} answer with the kinds of update the bot asks for, in the shape Telegram sends them. */
    static final String UPDATES = """
            {"ok":true,"result":[
             {"update_id":1,"message":{"message_id":1,"date":1,"text":"/start",
              "from":{"id":1,"is_bot":false,"first_name":"A","language_code":"nl"},
              "chat":{"id":1,"type":"private","first_name":"A"},
              "entities":[{"type":"bot_command","offset":0,"length":6}]}},
             {"update_id":2,"edited_message":{"message_id":1,"date":1,"edit_date":2,"text":"a",
              "from":{"id":1,"is_bot":false,"first_name":"A"},"chat":{"id":1,"type":"private"}}},
             {"update_id":3,"callback_query":{"id":"1","chat_instance":"1","data":"a",
              "from":{"id":1,"is_bot":false,"first_name":"A"},
              "message":{"message_id":2,"date":1,"text":"b","chat":{"id":1,"type":"private"},
               "reply_markup":{"inline_keyboard":[[{"text":"c","callback_data":"a"}]]}}}}]}""";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        if (event.getEnvironment().getProperty("telegram.bot-token", "").isBlank()) {
            return;
        }
        Thread thread = new Thread(TelegramWarmUp::warmUp, "telegram-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** True when all of it went through: the sample update and answer still read as the library's objects. */
    static boolean warmUp() {
        try {
            new GetUpdates().deserializeResponse(UPDATES);
            SendMessage message = SendMessage.builder().chatId(1L).text("a").parseMode("HTML")
                    .replyMarkup(new InlineKeyboardMarkup(List.of(new InlineKeyboardRow(
                            InlineKeyboardButton.builder().text("c").callbackData("a").build())))).build();
            String body = new ObjectMapper().writeValueAsString(message);
            message.deserializeResponse("{\"ok\":true,\"result\":{\"message_id\":3,\"date\":1,\"text\":\"a\","
                    + "\"chat\":{\"id\":1,\"type\":\"private\"}}}");
            OkHttpClient http = new OkHttpClient.Builder().build();
            http.newCall(new Request.Builder().url("http://127.0.0.1/bot/sendMessage")
                    .post(RequestBody.create(body, MediaType.get("application/json; charset=utf-8"))).build());
            return true;
        } catch (Exception | LinkageError e) {
            log.debug("Warming up the Telegram client failed: {}", e.getClass().getSimpleName());
            return false;
        }
    }
}
