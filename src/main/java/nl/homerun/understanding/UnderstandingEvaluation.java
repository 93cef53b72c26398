package nl.homerun.understanding;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import nl.homerun.contacts.Contact;
import nl.homerun.understanding.Understanding.When;

/**
 * Measures the note reader on the labelled notes in {@code models/understanding/<lang>.yaml}: notes written against
 * an address book by writers who did not see the rules, with the people, tasks, facts, events and new people a
 * careful reader takes from them. Precision and recall per kind, for the notes at even places (the half the rules
 * were tuned on) and at odd places (the half kept out of sight until the figures were reported).
 */
public final class UnderstandingEvaluation {

    /** What is counted. */
    public enum Kind { PEOPLE, ASK, NO_CONTACT, TASKS, TASK_DAYS, FACTS, EVENTS, NEW_PEOPLE }

    /** Half of the labelled notes. */
    public enum Half { TUNED, HELD_OUT, ALL }

    /** Found and missed, for one kind. */
    public record Count(int truePositives, int falsePositives, int falseNegatives) {

        Count plus(Count other) {
            return new Count(truePositives + other.truePositives, falsePositives + other.falsePositives,
                    falseNegatives + other.falseNegatives);
        }

        public double precision() {
            return truePositives + falsePositives == 0 ? 1 : truePositives / (double) (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives + falseNegatives == 0 ? 1 : truePositives / (double) (truePositives + falseNegatives);
        }
    }

    /** A labelled note where the reader and the label disagree on a kind, for tuning by hand. */
    public record Miss(int index, Kind kind, String note, String expected, String found) {
    }

    private final List<Contact> addressBook = new ArrayList<>();
    private final List<Map<String, Object>> notes;
    private final NoteReader reader;
    private final List<Miss> misses = new ArrayList<>();
    /** The trained task model that chooses the tasks, or null for the rules alone. */
    private TaskModel tasks;

    @SuppressWarnings("unchecked")
    public UnderstandingEvaluation(Path labelled) throws IOException {
        Map<String, Object> root;
        try (Reader in = Files.newBufferedReader(labelled, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
        int id = 0;
        for (Map<String, Object> c : (List<Map<String, Object>>) root.get("contacts")) {
            addressBook.add(new Contact("c" + id++, 1, (String) c.get("name"), (String) c.get("account"),
                    (String) c.get("role"), null, null, null, null, false, false, Map.of(), null, Instant.EPOCH, null));
        }
        notes = (List<Map<String, Object>>) root.get("notes");
        reader = new NoteReader(addressBook);
    }

    public static Path labelled(String language) {
        return Path.of("models", "understanding", language + ".yaml");
    }

    /**
     * The sets written later, each by a writer who saw neither the rules nor their figures ({@code fresh-nl.yaml},
     * {@code fresh2-nl.yaml}, …): the honest measure, until the rules are tuned on one of them.
     */
    public static List<Path> fresh(String language) throws IOException {
        try (var files = Files.list(Path.of("models", "understanding"))) {
            return files.filter(f -> f.getFileName().toString().matches("fresh\\d*-" + language + "\\.yaml")).sorted().toList();
        }
    }

    public int size() {
        return notes.size();
    }

    /** Measures with a task model choosing the tasks from the rules' candidates (null: the rules alone). */
    UnderstandingEvaluation withTasks(TaskModel model) {
        this.tasks = model;
        return this;
    }

    /**
     * Every candidate task of every note with its label: a task when it is the one the label has for its person
     * (as {@link Kind#TASKS} counts), matched one to one, best first: same day, more words in common, found by the
     * rules. A statement the rules dropped counts as a task only when it shares a word or the day with the label.
     */
    @SuppressWarnings("unchecked")
    List<opennlp.tools.ml.model.Event> labelledCandidates() {
        List<opennlp.tools.ml.model.Event> events = new ArrayList<>();
        for (Map<String, Object> gold : notes) {
            String text = (String) gold.get("note");
            LocalDate today = LocalDate.parse(((String) gold.get("written")).substring(0, 10));
            List<PromiseFinder.Candidate> candidates = reader.candidates(text, today);
            List<Map<String, Object>> tasks = list(gold, "tasks");
            boolean[] taken = new boolean[tasks.size()];
            boolean[] positive = new boolean[candidates.size()];
            while (true) {
                int bestC = -1;
                int bestT = -1;
                double best = 0;
                for (int c = 0; c < candidates.size(); c++) {
                    if (positive[c]) {
                        continue;
                    }
                    var promise = candidates.get(c).promise();
                    for (int t = 0; t < tasks.size(); t++) {
                        if (taken[t] || !contact(tasks.get(t).get("person")).equals(name(promise.person()))) {
                            continue;
                        }
                        boolean sameDay = due(tasks.get(t).get("due")).equals(due(promise.due()));
                        int common = common(Objects.toString(tasks.get(t).get("what"), ""), promise.text());
                        if (!candidates.get(c).byRules() && common == 0 && !(sameDay && promise.due().said())) {
                            continue;
                        }
                        double score = 0.01 + (sameDay ? 2 : 0) + Math.min(common, 5) * 0.3
                                + (candidates.get(c).byRules() ? 1 : 0);
                        if (score > best) {
                            best = score;
                            bestC = c;
                            bestT = t;
                        }
                    }
                }
                if (bestC < 0) {
                    break;
                }
                positive[bestC] = true;
                taken[bestT] = true;
            }
            for (int c = 0; c < candidates.size(); c++) {
                events.add(new opennlp.tools.ml.model.Event(positive[c] ? TaskModel.TASK : TaskModel.NO_TASK,
                        candidates.get(c).features()));
            }
        }
        return events;
    }

    /** The words of four letters or more two texts share, by their first five letters. */
    private static int common(String a, String b) {
        java.util.Set<String> left = stems(a);
        left.retainAll(stems(b));
        return left.size();
    }

    private static java.util.Set<String> stems(String text) {
        java.util.Set<String> stems = new java.util.HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 4) {
                stems.add(w.substring(0, Math.min(5, w.length())));
            }
        }
        return stems;
    }

    public List<Miss> misses() {
        return List.copyOf(misses);
    }

    /** Precision and recall per kind over one half of the notes. */
    public Map<Kind, Count> evaluate(Half half) {
        misses.clear();
        Map<Kind, Count> counts = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            counts.put(kind, new Count(0, 0, 0));
        }
        for (int i = 0; i < notes.size(); i++) {
            if (half == Half.TUNED && i % 2 == 1 || half == Half.HELD_OUT && i % 2 == 0) {
                continue;
            }
            Map<String, Object> gold = notes.get(i);
            String text = (String) gold.get("note");
            LocalDate today = LocalDate.parse(((String) gold.get("written")).substring(0, 10));
            Understanding found = reader.read(text, today, tasks);
            for (Map.Entry<Kind, Compared> kind : compare(gold, found).entrySet()) {
                counts.merge(kind.getKey(), kind.getValue().count(), Count::plus);
                if (kind.getValue().count().falsePositives() + kind.getValue().count().falseNegatives() > 0) {
                    misses.add(new Miss(i, kind.getKey(), text, kind.getValue().expected().toString(),
                            kind.getValue().found().toString()));
                }
            }
        }
        return counts;
    }

    private record Compared(Count count, List<String> expected, List<String> found) {
    }

    @SuppressWarnings("unchecked")
    private Map<Kind, Compared> compare(Map<String, Object> gold, Understanding found) {
        Map<Kind, Compared> result = new LinkedHashMap<>();
        result.put(Kind.PEOPLE, match((List<String>) gold.get("people"), names(found.people()), String::equals));
        result.put(Kind.ASK, match((List<String>) gold.get("ask"), names(found.ask()), String::equals));
        boolean noContact = !Boolean.TRUE.equals(gold.get("contact_made"));
        result.put(Kind.NO_CONTACT, match(noContact ? List.of("no contact") : List.of(),
                found.contactMade() ? List.of() : List.of("no contact"), String::equals));

        List<Map<String, Object>> tasks = list(gold, "tasks");
        result.put(Kind.TASKS, match(strings(tasks, t -> contact(t.get("person"))),
                found.promises().stream().map(p -> name(p.person()) + "").toList(), String::equals));
        result.put(Kind.TASK_DAYS, match(strings(tasks, t -> contact(t.get("person")) + " " + due(t.get("due")) + time(t.get("time"))),
                found.promises().stream().map(p -> name(p.person()) + " " + due(p.due()) + time(p.due())).toList(),
                String::equals));
        result.put(Kind.FACTS, match(strings(list(gold, "facts"), f -> f.get("person") + " " + f.get("kind")),
                found.facts().stream().map(f -> name(f.person()) + " " + f.kind()).toList(), String::equals));
        result.put(Kind.EVENTS, match(strings(list(gold, "events"), e -> e.get("person") + " " + month(e.get("when"))),
                found.events().stream().map(e -> name(e.person()) + " " + month(e.when())).toList(), String::equals));
        result.put(Kind.NEW_PEOPLE, match(strings(list(gold, "new_people"), p -> Words.fold((String) p.get("name"))),
                found.newPeople().stream().map(p -> Words.fold(p.name())).toList(), String::equals));
        return result;
    }

    private static <T> Compared match(List<String> expected, List<String> found, BiPredicate<String, String> same) {
        List<String> left = new ArrayList<>(expected == null ? List.of() : expected);
        int tp = 0;
        int fp = 0;
        for (String f : found) {
            String hit = left.stream().filter(e -> same.test(e, f)).findFirst().orElse(null);
            if (hit != null) {
                left.remove(hit);
                tp++;
            } else {
                fp++;
            }
        }
        return new Compared(new Count(tp, fp, left.size()), expected == null ? List.of() : expected, found);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> gold, String key) {
        Object value = gold.get(key);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    private static List<String> strings(List<Map<String, Object>> items,
            java.util.function.Function<Map<String, Object>, String> key) {
        return items.stream().map(key).toList();
    }

    private static List<String> names(List<Contact> contacts) {
        return contacts.stream().map(Contact::name).toList();
    }

    private static String name(Contact contact) {
        return contact == null ? "null" : contact.name();
    }

    /**
     * The person of a labelled task as the reader can name it: a contact, or "null" for someone not in the address
     * book yet, whose task is for no contact until they are added.
     */
    private String contact(Object person) {
        return addressBook.stream().anyMatch(c -> c.name().equals(person)) ? (String) person : "null";
    }

    /** A labelled due day as the reader writes it: a day, a month, or "-". */
    private static String due(Object value) {
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
        }
        return value == null ? "-" : value.toString();
    }

    private static String due(When when) {
        return when.day() != null ? when.day().toString() : when.month() != null ? when.month().toString() : "-";
    }

    private static String time(Object value) {
        return value == null ? "" : " " + LocalTime.parse(value.toString().length() == 4 ? "0" + value : value.toString());
    }

    private static String time(When when) {
        return when.time() == null ? "" : " " + when.time();
    }

    private static String month(Object value) {
        String due = due(value);
        return due.length() >= 7 ? due.substring(0, 7) : due;
    }

    private static String month(When when) {
        return when.day() != null ? YearMonth.from(when.day()).toString() : Objects.toString(when.month(), "-");
    }

    private static void print(String title, Map<Kind, Count> counts) {
        StringBuilder line = new StringBuilder(title + ":");
        counts.forEach((kind, count) -> line.append(String.format(Locale.ROOT, " %s P%.2f R%.2f", kind,
                count.precision(), count.recall())));
        System.out.println(line);
    }

    private static void printMisses(UnderstandingEvaluation evaluation, String kindFilter) {
        evaluation.misses().stream().filter(m -> kindFilter == null || m.kind().name().equals(kindFilter))
                .forEach(m -> System.out.println("  #" + m.index() + " " + m.kind() + " expected " + m.expected()
                        + " found " + m.found() + "\n     " + m.note()));
    }

    /**
     * Prints the figures per language and set, and with {@code --misses} every disagreement of the tuned half
     * (or of the set named with {@code --set=fresh2}); {@code --kind=FACTS} shows one kind only.
     */
    public static void main(String[] args) throws IOException {
        boolean showMisses = List.of(args).contains("--misses");
        String kindFilter = List.of(args).stream().filter(a -> a.startsWith("--kind=")).map(a -> a.substring(7))
                .findFirst().orElse(null);
        String missesOf = List.of(args).stream().filter(a -> a.startsWith("--set=")).map(a -> a.substring(6))
                .findFirst().orElse("tuned");
        for (String language : List.of("nl", "en")) {
            for (Path set : fresh(language)) {
                String name = set.getFileName().toString();
                String setName = name.substring(0, name.indexOf('-'));
                UnderstandingEvaluation evaluation = new UnderstandingEvaluation(set);
                print(language + " " + setName, evaluation.evaluate(Half.ALL));
                if (showMisses && setName.equals(missesOf)) {
                    printMisses(evaluation, kindFilter);
                }
            }
            UnderstandingEvaluation evaluation = new UnderstandingEvaluation(labelled(language));
            for (Half half : Half.values()) {
                print(language + " " + half.name().toLowerCase(Locale.ROOT), evaluation.evaluate(half));
                if (showMisses && half.name().toLowerCase(Locale.ROOT).equals(missesOf)) {
                    evaluation.evaluate(half);
                    printMisses(evaluation, kindFilter);
                }
            }
        }
    }
}
