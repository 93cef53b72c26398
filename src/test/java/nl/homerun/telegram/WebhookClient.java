package nl.homerun.telegram;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Posts to the bot's webhook as Telegram would, and like Telegram does not wait for an answer for ever. */
final class WebhookClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI uri;

    WebhookClient(int port) {
        this.uri = URI.create("http://127.0.0.1:" + port + "/telegram/webhook");
    }

    int post(String json, String secret) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).timeout(Duration.ofSeconds(30));
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
