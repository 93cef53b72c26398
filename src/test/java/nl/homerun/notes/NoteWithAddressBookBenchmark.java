package nl.homerun.notes;

import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import nl.homerun.Homerun;
import nl.homerun.coach.Coach;
import nl.homerun.coach.InboundEvent;
import nl.homerun.contacts.Contacts;

/**
 * One visit note through the whole coach (access, profile, signals, the note reader, storing the note, the reply)
 * with the in-memory store, for a user with 5 or 5,000 contacts: {@link #note} with the address book's reader
 * already built, {@link #noteAfterAContactChanged} when a contact was just added, so the reader is built again from
 * the database first. Run with {@code mvn -B -Pjmh test-compile -Djmh.args=NoteWithAddressBookBenchmark}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 3, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 3, timeUnit = TimeUnit.SECONDS)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class NoteWithAddressBookBenchmark {

    private static final long USER = 777;
    private static final String[] FIRST = {"Jan", "Petra", "Kees", "Sophie", "Daan", "Emma", "Thijs", "Lotte", "Bram",
        "Fleur", "Sanne", "Ruud", "Noor", "Wouter", "Ingrid", "Pieter", "Anouk", "Martijn", "Eva", "Joost"};
    private static final String[] LAST = {"de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
        "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra"};
    private static final String[] NOTES = {"%s gebeld, wil een offerte voor 40 werkjassen. ik stuur vrijdag de offerte",
        "bezoek bij %s: ze zijn niet tevreden over de levering. morgen terugbellen om 10:00",
        "%s rijdt sinds kort een BMW X5 en voetbalt op zaterdag", "voicemail ingesproken bij %s"};

    @Param({"5", "5000"})
    public int contacts;

    private ConfigurableApplicationContext context;
    private Coach coach;
    private Contacts book;
    private String[] names;
    private int next;

    @Setup
    public void start() {
        context = new SpringApplicationBuilder(Homerun.class).web(WebApplicationType.NONE)
                .properties("mongodb.embedded=memory", "logging.level.root=WARN").run();
        coach = context.getBean(Coach.class);
        book = context.getBean(Contacts.class);
        Random random = new Random(11);
        names = new String[contacts];
        for (int i = 0; i < contacts; i++) {
            names[i] = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
            book.add(USER, new Contacts.Draft(names[i], "Bedrijf " + i / 3 + " B.V.", null, null, null, null));
        }
        coach.handle(new InboundEvent(USER, USER, "nl", new InboundEvent.Text("/start")));
    }

    @TearDown
    public void stop() {
        context.close();
    }

    @Setup(Level.Invocation)
    public void nextNote() {
        next++;
    }

    @Benchmark
    public Object note() {
        return coach.handle(new InboundEvent(USER, USER, "nl", new InboundEvent.Text(text())));
    }

    @Benchmark
    public Object noteAfterAContactChanged() {
        book.add(USER, new Contacts.Draft("Nieuw Contact" + next, null, null, null, null, null));
        return coach.handle(new InboundEvent(USER, USER, "nl", new InboundEvent.Text(text())));
    }

    private String text() {
        String name = names[next % names.length];
        return String.format(NOTES[next % NOTES.length], next % 2 == 0 ? name : name.split(" ")[0].toLowerCase());
    }
}
