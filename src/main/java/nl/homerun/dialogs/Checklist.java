package nl.homerun.dialogs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.homerun.dialogs.Script.Item;
import nl.homerun.dialogs.Script.Step;
import nl.homerun.users.Language;

/**
 * The points of a checklist question as the user ticks, edits and adds them. It is kept as the question's answer (and,
 * while the question is open, in the conversation) in one line per point, so the answers stay a map of strings.
 *
 * @param points in the order shown; their numbers in the chat are their places here, from 1
 */
record Checklist(List<Point> points) {

    /** How many items a script may give a checklist. */
    static final int SCRIPT_ITEMS = 12;
    /** How many points a checklist holds with those the user added. */
    static final int MAX_POINTS = 20;
    /** How long a point the user types may be. */
    static final int MAX_TEXT = 200;
    /** In the label of an item for each person: that person, "Jan de Vries (inkoper)". */
    static final String PERSON = "{person}";

    /**
     * One point.
     *
     * @param item   the script item it comes from, or null for a point the user added
     * @param person whom an item for each person is about ("Jan de Vries (inkoper)"), else null
     * @param text   the user's own words for it, or null for the item's label
     */
    record Point(String item, String person, String text, boolean ticked) {
    }

    Checklist {
        points = List.copyOf(points);
    }

    /** The checklist as the script starts it, with an item for each person of the account ({@code people}). */
    static Checklist of(Step step, List<String> people) {
        List<Point> points = new ArrayList<>();
        for (Item item : step.items()) {
            if (!item.eachPerson() || people.isEmpty()) {
                points.add(new Point(item.id(), null, null, item.ticked()));
            } else {
                people.stream().limit(SCRIPT_ITEMS).forEach(p -> points.add(new Point(item.id(), clean(p), null, item.ticked())));
            }
        }
        return new Checklist(points);
    }

    int size() {
        return points.size();
    }

    boolean isFull() {
        return points.size() >= MAX_POINTS;
    }

    Checklist ticked(int index, boolean on) {
        Point p = points.get(index);
        return with(index, new Point(p.item(), p.person(), p.text(), on));
    }

    /** The point in the user's words, and ticked: what they took the trouble to write belongs on the list. */
    Checklist edited(int index, String text) {
        Point p = points.get(index);
        return with(index, new Point(p.item(), p.person(), clean(text), true));
    }

    /** A point of the user's own at the end, ticked. */
    Checklist added(String text) {
        List<Point> more = new ArrayList<>(points);
        more.add(new Point(null, null, clean(text), true));
        return new Checklist(more);
    }

    private Checklist with(int index, Point point) {
        List<Point> changed = new ArrayList<>(points);
        changed.set(index, point);
        return new Checklist(changed);
    }

    /** How point {@code index} reads: the user's words, else the item's label for its person. */
    String text(int index, Step step, Language language) {
        Point p = points.get(index);
        if (p.text() != null) {
            return p.text();
        }
        Optional<Item> item = step.items().stream().filter(i -> i.id().equals(p.item())).findFirst();
        if (item.isEmpty()) {
            return p.item();
        }
        if (item.get().eachPerson()) {
            return p.person() == null ? item.get().noPeople().in(language)
                    : item.get().label().in(language).replace(PERSON, p.person());
        }
        return item.get().label().in(language);
    }

    /** The ticked points, as they read. */
    List<String> tickedTexts(Step step, Language language) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).ticked()) {
                texts.add(text(i, step, language));
            }
        }
        return texts;
    }

    /** One line per point: {@code +} or {@code -}, the item, a tab, the person, a tab, the user's words. */
    String encode() {
        StringBuilder out = new StringBuilder();
        for (Point p : points) {
            out.append(out.isEmpty() ? "" : "\n").append(p.ticked() ? '+' : '-').append(p.item() == null ? "" : p.item())
                    .append('\t').append(p.person() == null ? "" : p.person()).append('\t').append(p.text() == null ? "" : p.text());
        }
        return out.toString();
    }

    /** The checklist kept by {@link #encode()}; a line it cannot read is left out. */
    static Checklist decode(String encoded) {
        List<Point> points = new ArrayList<>();
        if (encoded != null) {
            for (String line : encoded.split("\n")) {
                String[] parts = line.split("\t", -1);
                if (parts.length != 3 || parts[0].isEmpty() || (parts[0].charAt(0) != '+' && parts[0].charAt(0) != '-')) {
                    continue;
                }
                String item = parts[0].substring(1);
                String text = parts[2].isEmpty() ? null : parts[2];
                if (item.isEmpty() && text == null) {
                    continue;
                }
                points.add(new Point(item.isEmpty() ? null : item, parts[1].isEmpty() ? null : parts[1], text,
                        parts[0].charAt(0) == '+'));
            }
        }
        return new Checklist(points);
    }

    /** A point as typed, on one line and not longer than {@link #MAX_TEXT}. */
    static String clean(String text) {
        String line = text.replaceAll("[\\t\\r\\n]+", " ").replaceAll("\\s{2,}", " ").strip();
        return line.length() <= MAX_TEXT ? line : line.substring(0, MAX_TEXT);
    }
}
