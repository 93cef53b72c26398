package nl.homerun.telegram;

import static nl.homerun.telegram.FakeBotApi.textUpdate;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;

/**
 * Hundreds of connections to the webhook that send their request a byte at a time — some never finish their headers,
 * others send a wrong secret and then trickle a long body — do not hold back a real update: it is taken and answered
 * while they are all still trickling. A refused call's body is not read (nor swallowed by the server after the
 * refusal, which held a thread per client until {@code server.tomcat.max-swallow-size} was set to 0).
 */
class HostileWebhookClientsTest {

    private static final String SECRET = "s3cret-s3cret-s3cret";
    /** More than the web server has threads (200). */
    private static final int TRICKLING = 250;

    @Test
    void tricklingClientsDoNotHoldBackARealUpdate() throws Exception {
        try (FakeBotApi api = new FakeBotApi();
                RunningBot bot = RunningBot.start(api, null, WebApplicationType.SERVLET, List.of(),
                        "telegram.webhook-url=https://homerun.example/hook", "telegram.webhook-secret=" + SECRET);
                Trickle trickle = new Trickle(bot.port())) {
            WebhookClient hook = new WebhookClient(bot.port());
            assertThat(hook.post(textUpdate(1, 101, "en", "/help").toString(), SECRET)).isEqualTo(200);
            api.awaitTexts(101, 1, Duration.ofSeconds(10));

            for (int i = 0; i < TRICKLING; i++) {
                trickle.open("POST /telegram/webhook HTTP/1.1\r\nHost: homerun\r\nX-Telegram-Bot-Api-Sec");
                trickle.open("POST /telegram/webhook HTTP/1.1\r\nHost: homerun\r\nContent-Type: application/json\r\n"
                        + "X-Telegram-Bot-Api-Secret-Token: wrong\r\nContent-Length: 100000\r\n\r\n{\"update_id\":");
            }
            Thread.sleep(2_000);

            assertThat(hook.post(textUpdate(2, 102, "en", "/help").toString(), SECRET)).isEqualTo(200);
            api.awaitTexts(102, 1, Duration.ofSeconds(20));
            Trickle.Counts counts = trickle.count("HTTP/1.1 401");
            assertThat(counts.waiting()).as("clients still sending their headers").isEqualTo(TRICKLING);
            assertThat(counts.answered()).as("clients refused for their secret, their body unread").isEqualTo(TRICKLING);
        }
    }

    /** Connections that each send one more byte every 500 ms, for as long as the test runs. */
    private static final class Trickle implements AutoCloseable {

        private final int port;
        private final List<Socket> sockets = new ArrayList<>();
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

        Trickle(int port) {
            this.port = port;
            timer.scheduleAtFixedRate(this::oneMoreByte, 500, 500, TimeUnit.MILLISECONDS);
        }

        synchronized void open(String start) throws IOException {
            Socket socket = new Socket("127.0.0.1", port);
            socket.getOutputStream().write(start.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            sockets.add(socket);
        }

        private synchronized void oneMoreByte() {
            for (Socket socket : sockets) {
                try {
                    OutputStream out = socket.getOutputStream();
                    out.write('1');
                    out.flush();
                } catch (IOException closedByTheServer) {
                    // counted in stillConnected
                }
            }
        }

        record Counts(long waiting, long answered) {
        }

        /** How many connections still wait for an answer, and how many were answered with this status line. */
        synchronized Counts count(String status) throws IOException {
            long waiting = 0;
            long answered = 0;
            for (Socket socket : sockets) {
                socket.setSoTimeout(1);
                try {
                    byte[] answer = new byte[64];
                    int read = socket.getInputStream().read(answer);
                    if (read > 0 && new String(answer, 0, read, StandardCharsets.US_ASCII).startsWith(status)) {
                        answered++;
                    }
                } catch (SocketTimeoutException nothingYet) {
                    waiting++;
                } catch (IOException reset) {
                    // closed without an answer
                }
            }
            return new Counts(waiting, answered);
        }

        @Override
        public synchronized void close() throws IOException {
            timer.shutdownNow();
            for (Socket socket : sockets) {
                socket.close();
            }
        }
    }
}
