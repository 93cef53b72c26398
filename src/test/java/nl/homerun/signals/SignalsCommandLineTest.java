package nl.homerun.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The {@code analyze} contract: a line in, a JSON line out; a bad line gets an error object and the rest goes on. */
class SignalsCommandLineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eachLineBecomesOneJsonObject() throws Exception {
        List<JsonNode> out = analyze("Ze vroegen om een offerte voor 20 extra licenties. Het werkt goed, alleen jammer van de trage support.\n"
                + "The delivery was late again and the buyer is furious.\n"
                + "Volgende afspraak op 12 maart.\n", "analyze");

        assertThat(out).hasSize(3);
        assertThat(out.get(0).path("lang").asText()).isEqualTo("nl");
        assertThat(out.get(0).path("label").asText()).isEqualTo("SILENT_COMPLAINT");
        assertThat(out.get(0).path("signals")).hasSize(2);
        assertThat(out.get(0).at("/signals/0/type").asText()).isEqualTo("BUYING_SIGNAL");
        assertThat(out.get(0).at("/signals/0/sentence").asText()).isEqualTo("Ze vroegen om een offerte voor 20 extra licenties.");
        assertThat(out.get(0).at("/signals/0/confidence").asDouble()).isBetween(0.5, 1.0);
        assertThat(out.get(1).path("lang").asText()).isEqualTo("en");
        assertThat(out.get(1).path("label").asText()).isEqualTo("COMPLAINT");
        assertThat(out.get(2).path("label").asText()).isEqualTo("NEUTRAL");
        assertThat(out.get(2).path("signals")).isEmpty();
    }

    @Test
    void badLinesGetAnErrorAndTheRestGoesOn() throws Exception {
        byte[] input = concat("\n".getBytes(StandardCharsets.UTF_8),
                new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, '\n'},
                ("x".repeat(100_000) + "\n").getBytes(StandardCharsets.UTF_8),
                "🙂🙂\n".getBytes(StandardCharsets.UTF_8),
                "tab\there and a \u0007 bell\n".getBytes(StandardCharsets.UTF_8),
                "The buyer asked for a demo.\n".getBytes(StandardCharsets.UTF_8));
        List<JsonNode> out = analyze(input, "analyze");

        assertThat(out).hasSize(6);
        assertThat(out.get(0).path("error").asText()).isEqualTo("empty line");
        assertThat(out.get(1).path("error").asText()).isEqualTo("not UTF-8 text");
        assertThat(out.get(2).path("error").asText()).startsWith("line too long: 100000 characters");
        assertThat(out.get(3).path("error").asText()).isEqualTo("no words in this line");
        assertThat(out.get(4).path("error").asText()).startsWith("not text");
        assertThat(out.get(5).path("label").asText()).isEqualTo("BUYING_SIGNAL");
    }

    @Test
    void aForcedLanguageIsUsedAsIs() throws Exception {
        assertThat(analyze("asked for a quote\n", "analyze", "--lang", "nl").get(0).path("lang").asText()).isEqualTo("nl");
        assertThat(analyze("asked for a quote\n", "analyze", "--lang=en").get(0).path("lang").asText()).isEqualTo("en");
    }

    @Test
    void anUnknownLanguageOptionIsRefused() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = SignalsCommandLine.run(new String[] {"analyze", "--lang", "de"}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--lang takes nl, en or auto");
    }

    @Test
    void itStreamsALineOutForEachLineIn() throws Exception {
        PipedOutputStream typing = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(typing);
        PipedInputStream results = new PipedInputStream();
        PrintStream out = new PrintStream(new PipedOutputStream(results), true, StandardCharsets.UTF_8);
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> {
            try {
                return SignalsCommandLine.run(new String[] {"analyze"}, in, out, System.err);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        BufferedReader reader = new BufferedReader(new InputStreamReader(results, StandardCharsets.UTF_8));

        write(typing, "Kunt u nog een brochure toesturen?\n");
        assertThat(JSON.readTree(reader.readLine()).path("label").asText()).isEqualTo("BUYING_SIGNAL");
        write(typing, "De levering was weer te laat, dit is onacceptabel.\n");
        assertThat(JSON.readTree(reader.readLine()).path("label").asText()).isEqualTo("COMPLAINT");
        typing.close();
        assertThat(run.get(30, TimeUnit.SECONDS)).isZero();
    }

    private static void write(OutputStream out, String line) throws Exception {
        out.write(line.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static List<JsonNode> analyze(String input, String... args) throws Exception {
        return analyze(input.getBytes(StandardCharsets.UTF_8), args);
    }

    private static List<JsonNode> analyze(byte[] input, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = SignalsCommandLine.run(args, new ByteArrayInputStream(input), new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);
        assertThat(exit).isZero();
        return out.toString(StandardCharsets.UTF_8).lines().map(line -> {
            try {
                return JSON.readTree(line);
            } catch (Exception e) {
                throw new AssertionError("Not JSON: " + line, e);
            }
        }).toList();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }
}
