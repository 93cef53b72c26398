package nl.homerun;

import java.util.ArrayList;
import java.util.List;

import nl.homerun.coach.Button;
import nl.homerun.coach.Html;
import nl.homerun.coach.Reply;

/** What conversation tests read from the coach's replies: the text as the chat shows it, and a button by its label. */
public final class Replies {

    private Replies() {
    }

    /** The replies as plain text, each followed by its button rows ("[✅ GO] [🐟 NO GO]"). */
    public static String plain(List<Reply> replies) {
        List<String> parts = new ArrayList<>();
        for (Reply reply : replies) {
            parts.add(Html.toPlainText(reply.text()));
            for (List<Button> row : reply.buttons()) {
                parts.add(String.join(" ", row.stream().map(b -> "[" + b.label() + "]").toList()));
            }
        }
        return String.join("\n", parts);
    }

    /** The button of the replies whose label is this (or, ending in "…", begins so). */
    public static Button button(List<Reply> replies, String label) {
        boolean prefix = label.endsWith("…");
        String start = prefix ? label.substring(0, label.length() - 1) : label;
        List<Button> all = replies.stream().flatMap(r -> r.buttons().stream()).flatMap(List::stream).toList();
        return all.stream().filter(b -> prefix ? b.label().startsWith(start) : b.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no button [" + label + "] in " + all.stream().map(Button::label).toList()));
    }
}
