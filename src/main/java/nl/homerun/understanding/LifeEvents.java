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

    /**
     * A date that is a deadline ("wil de planning voor 1 okt rond hebben", "needs it before the 25th") is when
     * something must be done, not when something happens in the person's life.
     */
    private static final Pattern DEADLINE = Pattern.compile("\\b(voor|vóór|uiterlijk|by|before|prior to|no later than|"
            + "ahead of)( (de|het|the|op|on))?\\s*$");
    /** What ends an absence: "tot 26 juli", "until the 21st", "t/m vrijdag". */
    private static final Pattern UNTIL = Pattern.compile("\\b(tot|t/m|tot en met|until|till|til|untill|thru)( (de|het|the|op|on))?\\s*$");
    /** A return from something ("is maandag terug van vakantie"): what they are back from is over by then. */
    private static final Pattern BACK_FROM = Pattern.compile("\\b(terug van|back from|returns from|returning from)\\b");
    /** A return ("is maandag terug", "back on the 27th", "back tue"): the date ends an absence. */
    private static final Pattern RETURN = Pattern.compile("\\b(terug|weer (op kantoor|aan het werk|bereikbaar)|back|returns|"
            + "returning)\\b");
    /**
     * Being away and nothing more ("she's travelling", "out of office", "afwezig"): when they are available, not a
     * personal event; an absence with a personal reason ("paternity leave", "in hospital", "visiting family") is one.
     */
    private static final Pattern ONLY_AWAY = Pattern.compile("\\b((he|she|they)('s|’s| is| are)? (away|travell?ing|out)|"
            + "(be|is|are|will be) away|away (for|from|until|till|til)|travell?ing|travels?|out of (the )?office|ooo|"
            + "off (until|till|til)|afwezig|is er niet|niet op kantoor|niet bereikbaar|unavailable|not in|op reis|on the road|"
            + "(on|away on) business|business trip|work trip|zakenreis|zakelijk weg|dienstreis)\\b");
    /**
     * A past tense in the part that dates something: "she turned 50 on saturday", "baby came early on sat". A weekday
     * is read as the coming one, so what happened last Saturday would be asked about next week.
     */
    private static final Pattern PAST = Pattern.compile("\\b(was|were|had|came|turned|went|did|became|celebrated|"
            + "ging|kwam|werd|vierde|heeft (\\p{L}+ ){0,3}(gevierd|gedaan|gehad)|geweest|gevierd|ago|geleden|afgelopen|"
            + "gisteren|yesterday)\\b");

    /** What may stand beside a date in a part that only dates the one before: "vanaf vrijdag", "from the 11th". */
    private static final Pattern BARE = Pattern.compile("((vanaf|per|op|in|rond|omstreeks|begin|eind|half|medio|vermoedelijk|"
            + "waarschijnlijk|from|on|in|at|around|starting|early|late|mid|end|probably|likely) ?)?");

    private LifeEvents() {
    }

    /** A coming life event of the person in the statement, when it says one and when. */
    static Optional<LifeEvent> in(Sentence sentence, String original, Contact person, boolean named, LocalDate today) {
        String text = sentence.text();
        String lower = text.toLowerCase(Locale.ROOT);
        boolean born = JUST_BORN.matcher(lower).find();
        if (!FactFinder.aboutThePerson(lower, person, named) || !FactFinder.cued("EVENT", lower) && !born) {
            return Optional.empty();
        }
        String what = original.strip().replaceAll("[.!]+$", "");
        List<InText.FoundDate> dates = InText.dates(text, today);
        List<Sentence> parts = parts(sentence);
        for (InText.FoundDate date : dates) {
            boolean coming = date.day() != null ? !date.day().isBefore(today) : !date.month().isBefore(YearMonth.from(today));
            int at = indexAt(parts, sentence.start() + date.start());
            Sentence part = parts.get(at);
            String before = text.substring(part.start() - sentence.start(), date.start()).toLowerCase(Locale.ROOT);
            String own = part.text().toLowerCase(Locale.ROOT);
            if (at > 0 && bare(part, sentence.start() + date.start(), sentence.start() + date.end())) {
                part = new Sentence(text.substring(parts.get(at - 1).start() - sentence.start(), part.end() - sentence.start()),
                        parts.get(at - 1).start());
            }
            String said = part.text().toLowerCase(Locale.ROOT);
            if (coming && UNTIL.matcher(before).find()) {
                continue;
            }
            if (coming && RETURN.matcher(own).find()) {
                // the end of an absence: an event only when the absence is a personal one

                if (ofTheirOwnLife(said) && !BACK_FROM.matcher(lower).find() && personalReason(lower, born)) {
                    return Optional.of(new LifeEvent(person, what, new When(date.day(), date.month(), null)));
                }
                continue;
            }
            if (coming && ofTheirOwnLife(said) && saysTheEvent(said, parts, at, dates, sentence)
                    && !DEADLINE.matcher(before).find()) {
                return Optional.of(new LifeEvent(person, what, new When(date.day(), date.month(), null)));
            }
        }
        if (born || dates.isEmpty() && DURATION.matcher(lower).find() && !OVER.matcher(lower).find()) {
            return Optional.of(new LifeEvent(person, what, new When(null, YearMonth.from(today), null)));
        }
        return Optional.empty();
    }

    /**
     * Whether the part of a statement that dates something tells of the person's own life: not the writer's plan,
     * the company's, a birthday (which comes back as a birthday reminder), a career step or what is over.
     */
    private static boolean ofTheirOwnLife(String part) {
        return !WRITER.matcher(part).find() && !FactFinder.NOT_PERSONAL.matcher(part.strip()).lookingAt()
                && !BUSINESS_MOVE.matcher(part).find() && !BIRTHDAY.matcher(part).find()
                && !FactFinder.cued("ROLE", part)
                && !OVER.matcher(part).find()
                && !PAST.matcher(part).find();
    }

    /**
     * Whether the part that holds the date says the event, or the parts after it that tell more of it before the
     * next date ("vertrekt per 1 juni bij X, gaat naar de concurrent", "Tom's 60th on 19 Dec, big party"); not a
     * cue in a part of its own ("wil het voor zijn operatie tekenen, donderdag 8u langs" dates the visit).
     */
    private static boolean saysTheEvent(String said, List<Sentence> parts, int at, List<InText.FoundDate> dates,
            Sentence sentence) {
        if (cued(said)) {
            return true;
        }
        for (int i = at + 1; i < parts.size(); i++) {
            Sentence next = parts.get(i);
            if (dates.stream().anyMatch(d -> next.contains(sentence.start() + d.start()))) {
                return false;
            }
            String told = next.text().toLowerCase(Locale.ROOT);
            if (cued(told)) {
                return ofTheirOwnLife(told);
            }
        }
        return false;
    }

    private static boolean cued(String lower) {
        return FactFinder.cued("EVENT", lower) || JUST_BORN.matcher(lower).find();
    }

    /** A part that is its date and little else ("…naar noorwegen, in juni"), which dates the part before it. */
    private static boolean bare(Sentence part, int dateStart, int dateEnd) {
        String rest = part.text().substring(0, dateStart - part.start()) + " " + part.text().substring(dateEnd - part.start());
        return BARE.matcher(rest.replaceAll("[^\\p{L}\\d]+", " ").strip().toLowerCase(Locale.ROOT)).matches();
    }

    /** The statement's parts, between commas and "en" or "and", in order. */
    private static List<Sentence> parts(Sentence sentence) {
        List<Sentence> parts = new java.util.ArrayList<>();
        Sentences.clauses(sentence).forEach(clause -> parts.addAll(Sentences.parts(clause)));
        return parts.isEmpty() ? List.of(sentence) : parts;
    }

    private static int indexAt(List<Sentence> parts, int position) {
        for (int i = parts.size() - 1; i > 0; i--) {
            if (parts.get(i).start() <= position) {
                return i;
            }
        }
        return 0;
    }

    /** Whether the statement gives the absence a personal reason: an event cue besides being away. */
    private static boolean personalReason(String lower, boolean born) {
        return born || FactFinder.cued("EVENT", ONLY_AWAY.matcher(lower).replaceAll(" "));
    }

}
