package nl.homerun.terminal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.homerun.coach.Attachment;
import nl.homerun.coach.Button;
import nl.homerun.coach.Coach;
import nl.homerun.coach.Html;
import nl.homerun.coach.InboundEvent;
import nl.homerun.coach.Reply;
import nl.homerun.storage.DurableWrites;
import nl.homerun.storage.StorageUnavailable;

/**
 * Chats with the coach on a terminal, or on piped input for a scripted session. Each line is a message; when the
 * last answer had buttons, typing a button's number presses it. Files the coach sends are saved to a folder. A
 * message the coach changes (a card after a tap) is printed again, marked as updated, since a terminal cannot
 * change what it printed. {@code /upload <path>} ({@code /bestand}) sends a file, as a phone sends a document.
 */
public class TerminalChat {

    private final Coach coach;
    private final DurableWrites durable;
    private final long userId;
    private final String languageCode;
    private final Path downloads;
    /** The names the coach knows the messages printed lately by ("t12"), to print them again when changed. */
    private final Set<String> printed = java.util.Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > 200;
        }
    });
    private int count;

    /** A button of the last answer, and the message it is under. */
    private record Numbered(Button button, String messageRef) {
    }

    TerminalChat(Coach coach, DurableWrites durable, long userId, String languageCode, Path downloads) {
        this.coach = coach;
        this.durable = durable;
        this.userId = userId;
        this.languageCode = languageCode;
        this.downloads = downloads;
    }

    public void run(BufferedReader in, PrintStream out) throws IOException {
        keepLoggingOffTheConversation();
        out.println("Homerun · /start, /help · " + (languageCode.startsWith("nl")
                ? "cijfer = knop kiezen, Ctrl-D = stoppen" : "number = press a button, Ctrl-D = quit"));
        List<Numbered> buttons = List.of();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            Optional<Numbered> pressed = pressedButton(line.strip(), buttons);
            java.util.regex.Matcher upload = UPLOAD.matcher(line.strip());
            InboundEvent.Payload payload;
            if (pressed.isPresent()) {
                payload = new InboundEvent.ButtonPress(pressed.get().button().action(), pressed.get().messageRef());
            } else if (upload.matches()) {
                Path file = Path.of(upload.group(1).strip());
                if (!Files.isRegularFile(file)) {
                    out.println("📎 ? " + file.toAbsolutePath());
                    out.println();
                    continue;
                }
                payload = new InboundEvent.DocumentUpload(file.getFileName().toString(), mediaType(file), Files.size(file),
                        () -> Files.readAllBytes(file));
            } else {
                payload = new InboundEvent.Text(line);
            }
            List<Reply> replies = coach.handle(new InboundEvent(userId, userId, languageCode, payload));
            try {
                durable.flush(); // what the reply says was done survives the process being killed after it
            } catch (StorageUnavailable e) {
                out.println(languageCode.startsWith("nl")
                        ? "⚠️ Opslaan lukt nu niet (is de schijf vol of alleen-lezen?). Dit bericht is niet bewaard; "
                                + "probeer het over een minuut opnieuw."
                        : "⚠️ Saving is not possible right now (is the disk full or read-only?). This message was not "
                                + "kept; try again in a minute.");
                out.println();
                out.flush();
                continue;
            }
            buttons = print(replies, out);
        }
    }

    /**
     * The log goes to a file in the data directory; when that file cannot be written (a full disk), Logback reports
     * it on the console, once per line logged, which here is the conversation. Those reports are dropped: the store
     * says what matters in its own words ({@code StorageUnavailable}).
     */
    private static void keepLoggingOffTheConversation() {
        if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext logback) {
            ch.qos.logback.core.status.StatusManager statuses = logback.getStatusManager();
            statuses.getCopyOfStatusListenerList().stream()
                    .filter(ch.qos.logback.core.status.OnConsoleStatusListener.class::isInstance)
                    .forEach(statuses::remove);
        }
    }

    /** {@code /upload <path>} or {@code /bestand <path>}: a file to send. */
    private static final java.util.regex.Pattern UPLOAD = java.util.regex.Pattern.compile("(?i)/(?:upload|bestand)\\s+(.+)");

    private static String mediaType(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".vcf") ? "text/vcard" : name.endsWith(".csv") ? "text/csv" : "application/octet-stream";
    }

    private static Optional<Numbered> pressedButton(String line, List<Numbered> buttons) {
        if (buttons.isEmpty() || !line.matches("\\d{1,2}")) {
            return Optional.empty();
        }
        int number = Integer.parseInt(line);
        return number >= 1 && number <= buttons.size() ? Optional.of(buttons.get(number - 1)) : Optional.empty();
    }

    /**
     * Prints the replies and returns their buttons. The last message with buttons is the question of the moment, so
     * its buttons are numbered from 1 (a checklist's "✅ 3" is then pressed by typing 3); the buttons of the messages
     * before it go on from there.
     */
    private List<Numbered> print(List<Reply> replies, PrintStream out) {
        List<Reply> shown = replies.stream().filter(r -> !r.isEdit() || r.edit().orNew()).toList();
        // an edit that does not fall back to a new message only marks what was just done: the terminal shows that already
        int last = -1;
        for (int i = 0; i < shown.size(); i++) {
            if (!shown.get(i).buttons().isEmpty()) {
                last = i;
            }
        }
        Numbered[] numbered = new Numbered[shown.stream().mapToInt(TerminalChat::buttonCount).sum()];
        int next = last < 0 ? 1 : 1 + buttonCount(shown.get(last));
        for (int i = 0; i < shown.size(); i++) {
            Reply reply = shown.get(i);
            String ref = printText(reply, out);
            int number = i == last ? 1 : next;
            for (List<Button> row : reply.buttons()) {
                StringBuilder line = new StringBuilder();
                for (Button button : row) {
                    numbered[number - 1] = new Numbered(button, ref);
                    line.append("  [").append(number++).append("] ").append(button.label());
                }
                out.println(line);
            }
            if (i != last) {
                next = number;
            }
        }
        out.println();
        out.flush();
        return List.of(numbered);
    }

    private static int buttonCount(Reply reply) {
        return reply.buttons().stream().mapToInt(List::size).sum();
    }

    /** Prints a reply's text (and saves its file), and returns the name it is known by. */
    private String printText(Reply reply, PrintStream out) {
        String ref;
        if (reply.isEdit() && printed.contains(reply.edit().messageRef())) {
            ref = reply.edit().messageRef();
            out.println();
            out.print("✎ "); // the user's language is the coach's to know: a sign says it in both
        } else {
            ref = "t" + ++count;
            out.println();
        }
        printed.add(ref);
        out.println(Html.toPlainText(reply.text()));
        if (reply.attachment() != null) {
            out.println("📎 " + save(reply.attachment()));
        }
        return ref;
    }

    private Path save(Attachment attachment) {
        try {
            Files.createDirectories(downloads);
            Path file = downloads.resolve(Path.of(attachment.fileName()).getFileName());
            Files.write(file, attachment.content());
            return file.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
