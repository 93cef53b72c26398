package nl.homerun.telegram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts an HTML text into parts Telegram accepts (4096 characters): at a blank line if it can, else at a line
 * end, a sentence end or a space, never inside a tag or an entity. Tags open at a cut are closed at its end and
 * opened again in the next part.
 */
final class MessageSplitter {

    static final int TELEGRAM_LIMIT = 4096;
    private static final Pattern TAG = Pattern.compile("<(/?)([a-z][a-z-]*)[^>]*>");

    private MessageSplitter() {
    }

    static List<String> split(String html, int limit) {
        List<String> parts = new ArrayList<>();
        String rest = html;
        String reopen = "";
        while (true) {
            String candidate = reopen + rest;
            if (candidate.length() <= limit) {
                parts.add(candidate);
                return parts;
            }
            int budget = limit - reopen.length() - 40;
            int cut = cutPoint(rest, budget);
            String head = rest.substring(0, cut);
            Deque<String> open = openTags(reopen + head);
            parts.add((reopen + head).stripTrailing() + closing(open));
            reopen = opening(open);
            rest = rest.substring(cut).stripLeading();
        }
    }

    private static int cutPoint(String text, int budget) {
        for (String separator : new String[] {"\n\n", "\n", ". ", "! ", "? ", " "}) {
            int at = text.lastIndexOf(separator, budget - separator.length());
            while (at > budget / 2 && !isOutsideMarkup(text, at)) {
                at = text.lastIndexOf(separator, at - 1);
            }
            if (at > budget / 2) {
                return at + separator.length();
            }
        }
        int at = budget;
        while (at > 1 && !isOutsideMarkup(text, at)) {
            at--;
        }
        if (Character.isLowSurrogate(text.charAt(at))) {
            at--;
        }
        return at;
    }

    /** True when position {@code at} is not inside a {@code <tag>} or an {@code &entity;}. */
    private static boolean isOutsideMarkup(String text, int at) {
        int lt = text.lastIndexOf('<', at - 1);
        int gt = text.lastIndexOf('>', at - 1);
        if (lt > gt) {
            return false;
        }
        int amp = text.lastIndexOf('&', at - 1);
        int semi = text.lastIndexOf(';', at - 1);
        return amp <= semi || at - amp > 8;
    }

    private static Deque<String> openTags(String html) {
        Deque<String> open = new ArrayDeque<>();
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            if (m.group(1).isEmpty()) {
                open.push(m.group(0) + "\u0000" + m.group(2));
            } else if (!open.isEmpty()) {
                open.pop();
            }
        }
        return open;
    }

    private static String closing(Deque<String> open) {
        StringBuilder out = new StringBuilder();
        for (String tag : open) {
            out.append("</").append(tag.substring(tag.indexOf('\u0000') + 1)).append('>');
        }
        return out.toString();
    }

    private static String opening(Deque<String> open) {
        StringBuilder out = new StringBuilder();
        open.descendingIterator().forEachRemaining(tag -> out.append(tag, 0, tag.indexOf('\u0000')));
        return out.toString();
    }
}
