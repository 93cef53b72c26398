package nl.homerun.dialogs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.homerun.coach.Button;
import nl.homerun.coach.Coach;
import nl.homerun.coach.Html;
import nl.homerun.coach.InboundEvent;
import nl.homerun.coach.Reply;

/**
 * A conversation written down as the user would see it, and played against the coach:
 * <pre>
 * # a comment
 * language: nl            the language of the user's app (default nl)
 * > /checklist            the user types this
 * > [✅ Ja]               the user presses this button of the bot's last answer
 * > [📌 Taak maken voor…]  ... the one whose label begins so (for labels with today's date in them)
 * < Netwerkchecklist · 1/7   the bot's answer shows this (in order, after what was matched before)
 * < [✅ Ja] [◐ Deels] [❌ Nee]   ... buttons are shown as a row of [labels]
 * <! Vorige keer          the bot's answer does not show this
 * </pre>
 * The answer is rendered as the terminal chat shows it: plain text, then each row of buttons.
 */
final class Transcript {

    private final Path file;
    private final long user;

    Transcript(Path file, long user) {
        this.file = file;
        this.user = user;
    }

    void play(Coach coach) throws IOException {
        String language = "nl";
        List<Button> buttons = List.of();
        String answer = null;
        int matchedUpTo = 0;
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            String where = file.getFileName() + ":" + number + ": ";
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("language:")) {
                language = line.substring(9).strip();
            } else if (line.startsWith("> ")) {
                String said = line.substring(2);
                InboundEvent.Payload payload = said.startsWith("[") && said.endsWith("]")
                        ? new InboundEvent.ButtonPress(press(buttons, said.substring(1, said.length() - 1), where))
                        : new InboundEvent.Text(said);
                List<Reply> replies = coach.handle(new InboundEvent(user, user, language, payload));
                answer = render(replies);
                buttons = replies.stream().flatMap(r -> r.buttons().stream()).flatMap(List::stream).toList();
                matchedUpTo = 0;
            } else if (line.startsWith("<! ")) {
                if (answer != null && answer.contains(line.substring(3))) {
                    throw new AssertionError(where + "the answer should not show \"" + line.substring(3) + "\":\n" + answer);
                }
            } else if (line.startsWith("< ")) {
                String expected = line.substring(2);
                int at = answer == null ? -1 : answer.indexOf(expected, matchedUpTo);
                if (at < 0) {
                    throw new AssertionError(where + "expected \"" + expected + "\" (after what was matched before) in:\n" + answer);
                }
                matchedUpTo = at + expected.length();
            } else {
                throw new IllegalArgumentException(where + "a line starts with >, <, <!, # or language:");
            }
        }
    }

    private static String press(List<Button> buttons, String label, String where) {
        boolean prefix = label.endsWith("…");
        String start = prefix ? label.substring(0, label.length() - 1) : label;
        return buttons.stream().filter(b -> prefix ? b.label().startsWith(start) : b.label().equals(label)).findFirst().map(Button::action)
                .orElseThrow(() -> new AssertionError(where + "no button [" + label + "]; the buttons were "
                        + buttons.stream().map(b -> "[" + b.label() + "]").toList()));
    }

    static String render(List<Reply> replies) {
        List<String> parts = new ArrayList<>();
        for (Reply reply : replies) {
            parts.add(Html.toPlainText(reply.text()));
            if (reply.attachment() != null) {
                parts.add("📎 " + reply.attachment().fileName());
            }
            for (List<Button> row : reply.buttons()) {
                parts.add(String.join(" ", row.stream().map(b -> "[" + b.label() + "]").toList()));
            }
        }
        return String.join("\n", parts);
    }
}
