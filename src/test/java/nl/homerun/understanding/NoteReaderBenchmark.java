package nl.homerun.understanding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import nl.homerun.contacts.Contact;

/**
 * How the note reader's cost grows with the address book, single-threaded: {@link #readNote} reads one note
 * (people, promises, facts, events, new people) against a reader already built, {@link #buildReader} builds the
 * reader of the whole address book (done once per address book, again after a contact changes). Address books of
 * 5, 500 and 5,000 generated contacts (Dutch and English first names and surnames, one to four per company); the
 * notes name contacts of the book by first name, full name, typo and company, in both languages.
 * Run with {@code mvn -B -Pjmh test-compile -Djmh.args=NoteReaderBenchmark}.
 */
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
@BenchmarkMode(Mode.AverageTime)
public class NoteReaderBenchmark {

    private static final String[] FIRST = {"Jan", "Petra", "Kees", "Sophie", "Daan", "Emma", "Thijs", "Lotte", "Bram",
        "Fleur", "Sanne", "Ruud", "Noor", "Wouter", "Ingrid", "James", "Sarah", "David", "Emily", "Michael", "Olivia",
        "Robert", "Grace", "Thomas", "Hannah", "Priya", "Mohamed", "Emre", "Chloë", "Renée"};
    private static final String[] LAST = {"de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
        "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smith",
        "Johnson", "Williams", "Brown", "Taylor", "Wilson", "Evans", "Thompson", "Walker", "Wright", "Hughes", "Green"};
    private static final String[] COMPANY = {"Bakkerij", "Transport", "Installatietechniek", "Zorggroep", "Logistics",
        "Foods", "Bouw", "Consulting", "Hotel", "Brouwerij"};
    private static final String[] FORM = {"B.V.", "N.V.", "Ltd", "Holding", "Groep", ""};
    private static final String[] NOTES = {
        "%s gebeld, wil een offerte voor 40 werkjassen. ik stuur vrijdag de offerte",
        "bezoek bij %s: ze zijn niet tevreden over de levering. morgen terugbellen om 10:00",
        "Had lunch with %s, her daughter gets married in June. I'll send the proposal next Tuesday.",
        "voicemail ingesproken bij %s, volgende week nog eens proberen",
        "%s rijdt sinds kort een BMW X5 en voetbalt op zaterdag",
        "Spoke to %s, the new buyer Mark Ellis joins in March; send him the catalogue tomorrow"};

    @Param({"5", "500", "5000"})
    public int contacts;

    private List<Contact> book;
    private NoteReader reader;
    private List<String> notes;
    private int next;
    private final LocalDate today = LocalDate.of(2026, 3, 4);

    @Setup
    public void setUp() {
        Random random = new Random(7);
        book = new ArrayList<>();
        String company = null;
        for (int i = 0; i < contacts; i++) {
            if (i % 3 == 0) {
                company = LAST[random.nextInt(LAST.length)].replace("de ", "") + " " + COMPANY[random.nextInt(COMPANY.length)]
                        + " " + FORM[random.nextInt(FORM.length)];
            }
            String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
            book.add(new Contact("c" + i, 1, name, company.strip(), null, null, null, null, null, false, false, Map.of(), null,
                    Instant.EPOCH, null));
        }
        reader = new NoteReader(book);
        notes = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Contact someone = book.get(random.nextInt(book.size()));
            String[] name = someone.name().split(" ", 2);
            String mention = switch (i % 4) {
                case 0 -> name[0].toLowerCase();
                case 1 -> someone.name();
                case 2 -> name[0].substring(0, name[0].length() - 1) + " " + name[1];
                default -> someone.account().split(" ")[0];
            };
            notes.add(String.format(NOTES[i % NOTES.length], mention));
        }
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Understanding readNote() {
        next = (next + 1) % notes.size();
        return reader.read(notes.get(next), today);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public NoteReader buildReader() {
        return new NoteReader(book);
    }
}
