package nl.homerun.understanding;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.homerun.contacts.Contact;
import nl.homerun.dates.InText;
import nl.homerun.understanding.PromiseCues.Kind;
import nl.homerun.understanding.Sentences.Sentence;
import nl.homerun.understanding.Understanding.Promise;
import nl.homerun.understanding.Understanding.When;

/**
 * Finds what the account manager promised or must follow up: a statement in the first person about what comes
 * ("ik stuur vrijdag de offerte", "I'll send the deck", "bel ik hem maandag"), a note to self ("offerte morgen
 * sturen", "send him the volumes by thurs"), a new attempt ("volgende week nog eens"), or a meeting or deadline with
 * its day ("verzet naar do 12/3 9u", "deadline 13/3"). The customer's own plans ("ze sturen de PO volgende week") are
 * no promise. Rules rather than a model: the cues ({@link PromiseCues}) are a handful of grammatical shapes, and they
 * show where a task starts; the steps of one statement are one task ("ik zoek het uit en bel morgen terug"), unless
 * each has its own day.
 */
final class PromiseFinder {

    /** A statement that opens with what I did, without "I" ("left a vm, will try again"): its tasks are mine. */
    private static final Pattern SAID_BY_ME = Pattern.compile("(?iu)^(called|emailed|mailed|phoned|tried|texted|visited|"
            + "dropped|popped|chased|checked|sorted|finished|left|rang|spoke|met|sent|got|had|caught|went|saw|took|gave|"
            + "told|gebeld|gesproken|gemaild|geprobeerd|ingesproken|geweest)\\b");
    /** Words of a task that say nothing of what it is: pronouns, "ik", days and times ("stuur ik vr", "do it tmrw"). */
    private static final Set<String> BARE_WORDS = Set.of("ik", "i", "we", "wij", "hem", "haar", "hen", "ze", "het", "dat",
            "dit", "die", "him", "her", "them", "it", "that", "this", "ll", "ill", "will", "do", "doe", "doen", "morgen",
            "vandaag", "tomorrow", "tmrw", "today", "ma", "di", "wo", "vr", "mon", "tue", "tues", "wed", "thu", "thurs", "fri",
            "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "monday", "tuesday", "wednesday", "thursday", "friday",
            "om", "at", "op", "on", "by", "voor", "uiterlijk", "nog", "even", "wel", "dan", "then", "so", "dus", "asap");
    /** A call or a visit says what it is with whom. */
    private static final Pattern CALL = Pattern.compile("(?iu)\\b(bel|bellen|terugbellen|call|ring|phone|langs|visit)\\b");
    /** A clause that reports a contact, the way a Dutch note opens: "Maria gesproken", "jos gemaild over de levering". */
    private static final Pattern REPORT = Pattern.compile("(?iu)\\b(gebeld|gesproken|gemaild|geappt|geprobeerd|ingesproken|"
            + "geweest|bezocht|teruggebeld|gezien)(\\s+(over|ivm|mbt|nav|om)\\s[^,.;]*)?\\W*$");
    /** A clause that opens with someone's relative or colleague as its subject: "his daughter is", "zijn vrouw". */
    private static final Pattern SOMEONE_ELSES_NEWS = Pattern.compile("(?iu)(?:(?:\\p{L}+\\s+){0,2}(?:vertelde|vertelt|zei|"
            + "zegt|meldde|meldt|liet weten|said|says|told me|mentioned|mentions)\\s+(?:dat\\s+|that\\s+)?)?"
            + "(his|her|their|zijn|haar|hun)\\s+\\p{L}+");
    /** A week is no day: "volgende week nog eens" is due some time next week. */
    private static final Pattern A_WEEK = Pattern.compile("(?iu)(volgende|komende|deze|next|coming|this) (week|wk)");
    /** A day said before: "ik laat die dag een taart bezorgen". */
    private static final Pattern THAT_DAY = Pattern.compile("(?iu)\\b(die dag|diezelfde dag|dezelfde dag|that day|the same day)\\b");
    /** The day after one said before: "she takes it to the board on the 18th. I'll call her the day after". */
    private static final Pattern DAY_AFTER = Pattern.compile("(?iu)\\b(the day after|the next day|de dag erna|de dag daarna|"
            + "de volgende dag)\\b");
    /** A deadline "before" a day is due the day before it: "kaartje vóór 1 mei", "before the 25th". */
    private static final Pattern BEFORE = Pattern.compile("(?iu)\\b(before|vóór|ahead of)\\s+(the\\s+)?$");
    private static final Pattern DAY_NUMBER = Pattern.compile("(?iu)(the\\s+)?\\d");
    /** What may come before the day of a part that only says when: "by the 18th", "uiterlijk vrijdag". */
    private static final Pattern ONLY_A_DAY = Pattern.compile("(?iu)\\s*((by|before|on|for|no later than|voor|vóór|uiterlijk|"
            + "op|tegen|ahead of)\\s+)?(the\\s+|de\\s+)?");
    /** A time said before: "rescheduled for thursday, same time". */
    private static final Pattern SAME_TIME = Pattern.compile("(?iu)\\b(same time|zelfde tijd|hetzelfde tijdstip)\\b");

    /** Who a stretch of the note (start, end) is about, and whether it names someone itself. */
    interface PersonOf {

        /** The contact named there, else the one it points to or the note is about, or none. */
        Contact at(int start, int end);

        boolean names(int start, int end);
    }

    /**
     * A promise, whether its day was taken from what was said before it, whether the customer asked for it, and
     * whether it names its person.
     */
    private record Found(Promise promise, boolean borrowedDay, boolean asked, boolean named, int start, int end) {

        Found forPerson(Contact person) {
            return new Found(new Promise(promise.text(), person, promise.due()), borrowedDay, asked, named, start, end);
        }
    }

    /** A day or a month and a time said in the note, placed in the note. */
    private record Said(int start, LocalDate day, YearMonth month, LocalTime time) {
    }

    /** A day something lasts until is no day to do anything: "afwezig tot 26 juli", "out until the 3rd". */
    private static final Pattern UNTIL = Pattern.compile("(?iu)\\b(tot en met|tot|t/m|until|till|til|through)\\s+(de |the |op |on )?$");

    /**
     * A reason given after a task ("…voor 1 okt, want hij vertrekt de 4e", "…by thu, because she flies on the 20th"):
     * its day is theirs, not the task's, when the task names a day of its own.
     */
    private static final Pattern REASON = Pattern.compile("(?iu),?\\s+(want|omdat|aangezien|because|since|as|cause|cos)\\s+"
            + "(hij|zij|ze|die|he|she|they|it|het|er|there|his|her|their|zijn|haar|hun)\\b");

    /** What joins a task to the next one is not part of its text: "monteur langs laten komen en". */
    private static final Pattern TRAILING_JOIN = Pattern.compile("(?iu)[,\\s]+(en dan|and then|en|and|daarna|then|maar|but)$");

    private final String note;
    private final LocalDate today;
    private final PromiseCues cues;
    /** The days and months of the note (weeks left out), and its times, each in order. */
    private final List<Said> days = new ArrayList<>();
    private final List<Said> times = new ArrayList<>();

    private PromiseFinder(String note, List<Sentence> sentences, LocalDate today) {
        this.note = note;
        this.today = today;
        this.cues = PromiseCues.of(note);
        for (Sentence sentence : sentences) {
            String text = sentence.text();
            for (InText.FoundDate d : InText.dates(text, today)) {
                if (!A_WEEK.matcher(text.substring(d.start(), d.end())).matches()
                        && !UNTIL.matcher(text.substring(0, d.start())).find()) {
                    days.add(new Said(sentence.start() + d.start(), d.day(), d.month(), null));
                }
            }
            InText.times(text).forEach(t -> times.add(new Said(sentence.start() + t.start(), null, null, t.time())));
        }
    }

    /** The promises of a note, each with the day and time said for it. */
    static List<Promise> in(String note, List<Sentence> sentences, LocalDate today, PersonOf personOf) {
        return new PromiseFinder(note, sentences, today).promises(sentences, personOf, null).stream()
                .map(Found::promise).toList();
    }

    /**
     * A possible task of a note: one the rules found ({@code byRules}), or a statement in which they found none,
     * read as a task for the person and day it points to; with what a trained model sees of it ({@link TaskFeatures}).
     */
    record Candidate(Promise promise, boolean byRules, String[] features) {
    }

    /** The rules' promises and the statements the rules found no task in, for {@link TaskModel} to choose from. */
    static List<Candidate> candidates(String note, List<Sentence> sentences, LocalDate today, PersonOf personOf) {
        PromiseFinder finder = new PromiseFinder(note, sentences, today);
        List<Integer> without = new ArrayList<>();
        List<Found> found = finder.promises(sentences, personOf, without);
        List<Candidate> candidates = new ArrayList<>();
        for (Found f : found) {
            candidates.add(new Candidate(f.promise(), true, TaskFeatures.of(finder.cues, note, sentences, f.start(),
                    f.end(), f.promise(), today, true, f.named(), f.asked())));
        }
        for (int s : without) {
            Sentence sentence = sentences.get(s);
            Found f = finder.promise(sentence.start(), sentence.end(), false, personOf);
            candidates.add(new Candidate(f.promise(), false, TaskFeatures.of(finder.cues, note, sentences,
                    sentence.start(), sentence.end(), f.promise(), today, false, f.named(), false)));
        }
        return candidates;
    }

    private List<Found> promises(List<Sentence> sentences, PersonOf personOf, List<Integer> without) {
        List<Found> found = new ArrayList<>();
        boolean tasksBefore = false;
        boolean meetingBefore = false;
        for (int s = 0; s < sentences.size(); s++) {
            List<int[]> tasks = tasks(sentences.get(s), personOf);
            for (int[] task : tasks) {
                Found one = withMeetingBefore(sentences.get(s), task[0], promise(task[0], task[1], task[2] == 1, personOf));
                if (!one.promise().due().said() && s > 0 && tasks.size() == 1 && (!tasksBefore || meetingBefore)) {
                    one = withDayOf(sentences.get(s - 1), one);
                    if (meetingBefore) {
                        found.remove(found.size() - 1);
                    }
                }
                if (!found.isEmpty() && answers(found.get(found.size() - 1), one)) {
                    one = one.named() ? one : one.forPerson(found.get(found.size() - 1).promise().person());
                    found.remove(found.size() - 1);
                }
                add(found, one);
            }
            if (tasks.isEmpty() && without != null) {
                without.add(s);
            }
            tasksBefore = !tasks.isEmpty();
            meetingBefore = tasks.size() == 1 && tasks.get(0)[3] == 1;
        }
        return found;
    }

    /**
     * What the customer asked for and the next thing I say I'll do, for them or naming no one, are one task, for the
     * one who asked ("the new buyer wants a quote. I'll send it tomorrow").
     */
    private static boolean answers(Found asked, Found answer) {
        return asked.asked() && !answer.asked()
                && (!answer.named() || asked.promise().person() == answer.promise().person());
    }

    /**
     * A time said without a day belongs to the day said before it; when that day is the task before, on which no
     * time was said, the two are one ("inspection booked for tues 7/4. need to be on site at 8").
     */
    private static void add(List<Found> found, Found next) {
        if (next.borrowedDay() && !found.isEmpty()) {
            Promise last = found.get(found.size() - 1).promise();
            When due = next.promise().due();
            if (last.due().time() == null && due.said() && Objects.equals(due.day(), last.due().day())
                    && Objects.equals(due.month(), last.due().month()) && last.person() == next.promise().person()) {
                found.set(found.size() - 1, next);
                return;
            }
        }
        found.add(next);
    }

    /** Where the statement's tasks stand in the note: {start, end, 1 when asked for, 1 when only a meeting}. */
    private List<int[]> tasks(Sentence sentence, PersonOf personOf) {
        List<Sentence> parts = new ArrayList<>();
        List<Kind> kinds = new ArrayList<>();
        List<Boolean> asked = new ArrayList<>();
        for (Sentence clause : Sentences.clauses(sentence)) {
            StringBuilder before = new StringBuilder();
            for (Sentence part : Sentences.parts(clause)) {
                String after = clause.text().substring(part.end() - clause.start());
                Kind kind = cues.kind(part.text(), before.toString(), after);
                parts.add(part);
                kinds.add(kind == Kind.GOES_ON ? parts.size() == 1 || before.isEmpty() && afterReport(sentence, part) || kinds.contains(Kind.TASK) || kinds.contains(Kind.ASKED)
                        || SAID_BY_ME.matcher(sentence.text()).find() ? Kind.TASK
                        : cues.dated(part.text()) ? Kind.DATED : Kind.NONE : kind);
                asked.add(kind == Kind.ASKED);
                before.append(' ').append(part.text());
            }
        }
        List<int[]> tasks = new ArrayList<>();
        kinds.replaceAll(kind -> kind == Kind.ASKED ? Kind.TASK : kind);
        if (!kinds.contains(Kind.TASK)) {
            if (kinds.contains(Kind.DATED)) {
                int from = datedFrom(parts, kinds);
                for (int[] meeting : splitAtOwnTasks(from, sentence.end(), parts, kinds, personOf)) {
                    if (coming(meeting[0], meeting[1]) && !onlyInNews(sentence, meeting[0])) {
                        tasks.add(new int[] {meeting[0], meeting[1], 0, 1});
                    }
                }
            }
            return tasks;
        }
        promoteOwnTasks(parts, kinds, personOf);
        meetingBeforeFirstTask(sentence, parts, kinds, tasks);
        for (int i = nextTask(kinds, -1); i >= 0; i = nextTask(kinds, i)) {
            int start = parts.get(i).start();
            int request = asked.get(i) ? 1 : 0;
            int next = nextTask(kinds, i);
            while (next >= 0 && carriesOn(start, parts, kinds, next, personOf)) {
                i = next;
                next = nextTask(kinds, i);
            }
            int end = next >= 0 ? parts.get(next).start() : sentence.end();
            Matcher reason = REASON.matcher(note).region(start, end);
            if (reason.find() && last(days, start, reason.start()) != null) {
                end = reason.start();
            }
            tasks.add(new int[] {start, end, request, 0});
        }
        return tasks;
    }

    /** Whether the statement's clauses before a part report a contact: "maria gesproken, bel haar ma terug". */
    private static boolean afterReport(Sentence sentence, Sentence part) {
        return REPORT.matcher(sentence.text().substring(0, part.start() - sentence.start())).find();
    }

    /**
     * Where a meeting or deadline starts in its statement: at the first part that names it or its day, so that "kees
     * gesproken, offerte vrijdag naar kees" is the task "offerte vrijdag naar kees".
     */
    private int datedFrom(List<Sentence> parts, List<Kind> kinds) {
        for (int i = 0; i < parts.size(); i++) {
            if (kinds.get(i) == Kind.DATED || last(days, parts.get(i).start(), parts.get(i).end()) != null) {
                return parts.get(i).start();
            }
        }
        return parts.get(0).start();
    }

    /**
     * A meeting or deadline before the statement's first task is a task of its own when both say a day to come and
     * not the same one: "morgen om 10u monteur langs laten komen en bas donderdag terugbellen".
     */
    private void meetingBeforeFirstTask(Sentence sentence, List<Sentence> parts, List<Kind> kinds, List<int[]> tasks) {
        int first = nextTask(kinds, -1);
        if (first <= 0 || !kinds.subList(0, first).contains(Kind.DATED)) {
            return;
        }
        int from = datedFrom(parts.subList(0, first), kinds.subList(0, first));
        int to = parts.get(first).start();
        int next = nextTask(kinds, first);
        Said meeting = last(days, from, to);
        Said task = last(days, to, next >= 0 ? parts.get(next).start() : sentence.end());
        if (coming(from, to) && toCome(task) && !onlyInNews(sentence, from)
                && !sameDay(meeting, task)) {
            tasks.add(new int[] {from, parts.get(first - 1).end(), 0, 1});
        }
    }

    /**
     * Whether every day said after {@code from} is in a clause telling a relative's or colleague's own news: in "lunch
     * w/ mike, his daughter is getting married in june", June is the wedding's, not the lunch's.
     */
    private boolean onlyInNews(Sentence sentence, int from) {
        List<Sentence> news = Sentences.clauses(sentence).stream()
                .filter(c -> c.start() > from && SOMEONE_ELSES_NEWS.matcher(c.text()).lookingAt()).toList();
        return days.stream().filter(d -> d.start() >= from && d.start() < sentence.end())
                .allMatch(d -> news.stream().anyMatch(c -> c.contains(d.start())));
    }

    /**
     * Whether the task opened by part {@code next} only carries on the one from {@code start}: the steps of one
     * statement are one task ("ik zoek het uit en bel haar over drie weken"), unless each has its own day.
     */
    private boolean carriesOn(int start, List<Sentence> parts, List<Kind> kinds, int next, PersonOf personOf) {
        int from = parts.get(next).start();
        int following = nextTask(kinds, next);
        int to = following >= 0 ? parts.get(following).start() : parts.get(parts.size() - 1).end();
        return (last(days, start, from) == null || last(days, from, to) == null)
                && !forSomeoneElse(start, from, to, personOf);
    }

    /** Whether the stretch from {@code at} to {@code to} names someone other than the one named from {@code from}. */
    private static boolean forSomeoneElse(int from, int at, int to, PersonOf personOf) {
        return personOf.names(from, at) && personOf.names(at, to) && personOf.at(from, at) != personOf.at(at, to);
    }

    /**
     * A meeting or deadline after a task in its statement is a task of its own when it says a day still to come and
     * the task before it has a day too or is for someone else: "send spec sheets to Niamh today, quote to Dave by the
     * 30th".
     */
    private void promoteOwnTasks(List<Sentence> parts, List<Kind> kinds, PersonOf personOf) {
        int start = -1;
        for (int i = 0; i < parts.size(); i++) {
            if (kinds.get(i) == Kind.TASK) {
                start = parts.get(i).start();
            } else if (kinds.get(i) == Kind.DATED && start >= 0 && ownTask(start, parts.get(i), personOf)) {
                kinds.set(i, Kind.TASK);
                start = parts.get(i).start();
            }
        }
    }

    /** The meetings and deadlines of a statement without a task from {@code from}, split where {@link #ownTask} says. */
    private List<int[]> splitAtOwnTasks(int from, int end, List<Sentence> parts, List<Kind> kinds, PersonOf personOf) {
        List<int[]> spans = new ArrayList<>();
        int start = from;
        boolean meeting = false;
        for (int i = 0; i < parts.size(); i++) {
            Sentence part = parts.get(i);
            if (part.start() == start) {
                meeting = kinds.get(i) == Kind.DATED;
            } else if (part.start() > start && kinds.get(i) == Kind.DATED && meeting && ownTask(start, part, personOf)) {
                spans.add(new int[] {start, part.start()});
                start = part.start();
            }
        }
        spans.add(new int[] {start, end});
        return spans;
    }

    private boolean ownTask(int start, Sentence part, PersonOf personOf) {
        Said day = last(days, part.start(), part.end());
        Said before = last(days, start, part.start());
        if (!toCome(day) || personOf.names(part.start(), part.start() + 1) || onlyADay(part)) {
            return false; // "ik stuur Hans en Femke maandag …", "…before Christmas, by the 18th at the latest"
        }
        return toCome(before) && !sameDay(before, day)
                || forSomeoneElse(start, part.start(), part.end(), personOf);
    }

    /** Whether a part opens with its day: "by the 18th at the latest", "donderdag 15 oktober". */
    private boolean onlyADay(Sentence part) {
        Said day = first(days, part.start(), part.end());
        return ONLY_A_DAY.matcher(note.substring(part.start(), day.start())).matches();
    }

    private static boolean sameDay(Said one, Said other) {
        return Objects.equals(one.day(), other.day()) && Objects.equals(one.month(), other.month());
    }

    /** Whether a day said is today or later, or a month. */
    private boolean toCome(Said said) {
        return said != null && (said.day() == null || !said.day().isBefore(today));
    }

    private static int nextTask(List<Kind> kinds, int from) {
        for (int i = from + 1; i < kinds.size(); i++) {
            if (kinds.get(i) == Kind.TASK) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The promise from start to end: the last day said in it and its first time; "same time" and "die dag" refer to
     * what was said before ("the day after" to the day after it), a time alone is for the day said last, or today;
     * what is due "before" a day is due the day before.
     */
    private Found promise(int start, int end, boolean asked, PersonOf personOf) {
        String text = note.substring(start, end);
        Said date = last(days, start, end);
        Said time = first(times, start, end);
        if (time == null && SAME_TIME.matcher(text).find()) {
            time = last(times, 0, start);
        }
        boolean borrowed = false;
        boolean dayAfter = date == null && DAY_AFTER.matcher(text).find();
        if (date == null && (time != null || dayAfter || THAT_DAY.matcher(text).find())) {
            date = last(days, 0, start);
            borrowed = date != null;
        }
        if (date != null && date.day() != null && (dayAfter || !borrowed && deadlineBefore(date))) {
            date = new Said(date.start(), date.day().plusDays(dayAfter ? 1 : -1), null, date.time());
        }
        LocalTime at = time == null ? null : time.time();
        When due = date != null ? new When(date.day(), date.month(), at) : new When(at != null ? today : null, null, at);
        return new Found(new Promise(clean(withWhatItIsAbout(start, text)), personOf.at(start, end), due), borrowed, asked,
                personOf.names(start, end), start, end);
    }

    /**
     * A task that says only its verb ("stuur ik vr", "do it tmrw") is read with the clause before it, which says
     * what: "wil offerte voor 2 automaten: stuur ik vr". A call needs no more than whom, which the task names.
     */
    private String withWhatItIsAbout(int start, String text) {
        long said = Words.of(text).stream().map(Words.Word::folded).filter(w -> !BARE_WORDS.contains(w)).count();
        if (said > 1 || CALL.matcher(text).find() || last(days, start, start + text.length()) == null && said > 0) {
            return text;
        }
        String before = note.substring(0, start).replaceAll("[\\s.!?,;:–—-]+$", "");
        String clause = before.substring(Math.max(0, Math.max(before.lastIndexOf(','), Math.max(before.lastIndexOf('.'),
                Math.max(before.lastIndexOf(';'), Math.max(before.lastIndexOf('!'), before.lastIndexOf('?'))))) + 1)).strip();
        return Words.of(clause).size() >= 2 ? clause + ": " + text.strip() : text;
    }

    /** Whether a day of the month is said as a deadline "before" it; "before the end of the month" is not one. */
    private boolean deadlineBefore(Said date) {
        return BEFORE.matcher(note.substring(Math.max(0, date.start() - 12), date.start())).find()
                && DAY_NUMBER.matcher(note.substring(date.start())).lookingAt();
    }

    /**
     * A task said without a day right after a statement that names one, and is no task itself or only the meeting
     * it is for, is due then and is the one task ("we doen de pasdag op 22 april om 8 uur. ik regel een bus",
     * "afspraak op 27 januari om 10:00. stalen meenemen"), with its time.
     */
    private Found withDayOf(Sentence before, Found task) {
        Said date = first(days, before.start(), before.end());
        if (date == null) {
            return task;
        }
        Promise p = task.promise();
        Said time = first(times, before.start(), before.end());
        LocalTime at = p.due().time() != null || time == null ? p.due().time() : time.time();
        return new Found(new Promise(p.text(), p.person(), new When(date.day(), date.month(), at)), true, task.asked(),
                task.named(), task.start(), task.end());
    }

    /**
     * A task said without a day after a day and time earlier in its statement is for then: "schade-expert komt
     * woensdag 10u, ik ga erbij zitten", "engineer booked for thurs 9am, i need to be there".
     */
    private Found withMeetingBefore(Sentence sentence, int start, Found task) {
        Said date = last(days, sentence.start(), start);
        Said time = first(times, date == null ? start : date.start(), start);
        if (task.promise().due().said() || task.promise().due().time() != null || date == null || time == null
                || date.day() == null || date.day().isBefore(today)) {
            return task;
        }
        Promise p = task.promise();
        return new Found(new Promise(p.text(), p.person(), new When(date.day(), null, time.time())), true, task.asked(),
                task.named(), task.start(), task.end());
    }

    /** Whether a meeting or deadline said from start to end is still to come: a day after today, or a month. */
    private boolean coming(int start, int end) {
        Said said = last(days, start, end);
        return said != null && (said.day() == null || said.day().isAfter(today));
    }

    private static Said first(List<Said> said, int from, int to) {
        return said.stream().filter(s -> s.start() >= from && s.start() < to).findFirst().orElse(null);
    }

    private static Said last(List<Said> said, int from, int to) {
        Said last = null;
        for (Said s : said) {
            if (s.start() >= from && s.start() < to) {
                last = s;
            }
        }
        return last;
    }

    private static String clean(String piece) {
        String p = TRAILING_JOIN.matcher(piece.strip()).replaceAll("").replaceAll("[.!,;]+$", "");
        return p.isEmpty() ? p : Character.toUpperCase(p.charAt(0)) + p.substring(1);
    }
}
