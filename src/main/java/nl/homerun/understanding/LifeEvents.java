package nl.homerun.understanding;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import nl.homerun.contacts.Contact;
import nl.homerun.dates.InText;
import nl.homerun.understanding.Sentences.Sentence;
import nl.homerun.understanding.Understanding.LifeEvent;
import nl.homerun.understanding.Understanding.When;

/**
 * The coming life events of a contact to ask about afterwards ("zijn dochter trouwt in juni", "off to Crete for two
 * weeks from the 11th"): a statement about the person with an event cue ({@code EVENT} in {@code understanding/facts.txt})
 * and a coming date. Each date is judged by the part of the statement it stands in, since a note mixes the person's
 * life with business: that part must say the event itself, and say it of the person's own coming life.
 */
final class LifeEvents {

    /** A birth is asked about afterwards even when it happened just now ("zijn vrouw is bevallen"). */
    private static final Pattern JUST_BORN = Pattern.compile("\\b(bevallen van|is bevallen|geboren|born|gave birth|"
            + "had (a|the|their) baby|(opa|oma|vader|moeder|papa|mama) geworden|became a (grand)?(dad|father|mum|mom|"
            + "grandad|grandma|grandfather|grandmother)|went into labou?r|baby (girl|boy) (born|arrived))\\b");
    /**
     * A plan of the writer's ("over twee weken bel ik Wouter") is no life event of the contact; read in the part of
     * the statement that dates it, so that "hij wordt in november 60, ik ben uitgenodigd" still is one.
     */
    private static final Pattern WRITER = Pattern.compile("\\b(ik|we|wij)\\b"
            + "|\\b(i|we)('ll|’ll| will| need| should| must| have to| can)\\b");
    /** What is over or comes back every year is no event to ask about ("marathon gelopen in 3u58", "rijdt elk jaar"). */
    private static final Pattern OVER = Pattern.compile("\\b(gelopen|geweest|gehad|ran|went|elk jaar|ieder jaar|jaarlijks|"
            + "jaarlijkse|every year|each year|annual|annually|(elke|iedere|elk|ieder) (maandag|dinsdag|woensdag|donderdag|"
            + "vrijdag|zaterdag|zondag|week|weekend|dag|ochtend|avond)|(every|each) (monday|tuesday|wednesday|thursday|friday|"
            + "saturday|sunday|week|weekend|day|morning|evening))\\b");
    /** How long a trip or leave that starts now (the statement names no day) lasts: "gaat 3 weken naar Canada", "off to canada for 3 weeks". */
    private static final Pattern DURATION = Pattern.compile("\\b(gaat|vertrekt|is|off|away|going|heading|leaves)\\b.*\\b"
            + "(\\d+|een|twee|drie|vier|a|two|three|four) (weken|week|maanden|maand|weeks|week|months|month)\\b");
    /** A birthday comes back as a birthday reminder, not as an event to ask about ("her bday is 14 feb"). */
    private static final Pattern BIRTHDAY = Pattern.compile("\\b(bday|b-day|birthday|jarig|verjaardag)\\b");
    /** The company's move is no life event of the person: "moving office end of april", "kantoor verhuist". */
    private static final Pattern BUSINESS_MOVE = Pattern.compile("\\b((moving|moves|move) (office|offices|premises|site|"
            + "warehouse|hq)|(moving|moves|move|verhuist|gaat) (\\p{L}+ ){0,2}(to|naar) (the |het |de )?(\\p{L}+ )?(office|kantoor|"
            + "site|vestiging|locatie|depot|branch)|office move|(kantoor|bedrijf|zaak|pand) (verhuist|gaat verhuizen)|verhuizing van (het|de) "
            + "(kantoor|bedrijf|zaak|winkel))\\b");

    private LifeEvents() {
    }

    /** A coming life event of the person in the statement, when it says one and when. */
    static Optional<LifeEvent> in(Sentence sentence, String original, Contact person, boolean named, LocalDate today) {
        String text = sentence.text();
        String lower = text.toLowerCase(Locale.ROOT);
        if (!FactFinder.aboutThePerson(lower, person, named) || OVER.matcher(lower).find() && !JUST_BORN.matcher(lower).find()
                || !FactFinder.cued("EVENT", lower) && !JUST_BORN.matcher(lower).find()) {
            return Optional.empty();
        }
        String what = original.strip().replaceAll("[.!]+$", "");
        List<InText.FoundDate> dates = InText.dates(text, today);
        for (InText.FoundDate date : dates) {
            boolean coming = date.day() != null ? !date.day().isBefore(today) : !date.month().isBefore(YearMonth.from(today));
            String part = partAt(sentence, sentence.start() + date.start());
            if (coming && !WRITER.matcher(part).find() && !FactFinder.NOT_PERSONAL.matcher(part.strip()).lookingAt()
                    && !BUSINESS_MOVE.matcher(part).find() && !BIRTHDAY.matcher(part).find()) {
                return Optional.of(new LifeEvent(person, what, new When(date.day(), date.month(), null)));
            }
        }
        if (JUST_BORN.matcher(lower).find() || dates.isEmpty() && DURATION.matcher(lower).find()) {
            return Optional.of(new LifeEvent(person, what, new When(null, YearMonth.from(today), null)));
        }
        return Optional.empty();
    }

    /** The lower-cased part of the statement, between commas and "en" or "and", that holds a place of the note. */
    private static String partAt(Sentence sentence, int position) {
        for (Sentence clause : Sentences.clauses(sentence)) {
            for (Sentence part : Sentences.parts(clause)) {
                if (part.contains(position)) {
                    return part.text().toLowerCase(Locale.ROOT);
                }
            }
        }
        return sentence.text().toLowerCase(Locale.ROOT);
    }
}
