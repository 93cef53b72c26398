package nl.homerun.newbusiness;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.homerun.contacts.CompanyNames;
import nl.homerun.contacts.Contact;
import nl.homerun.contacts.Contacts;
import nl.homerun.notes.NoteHistory;
import nl.homerun.notes.NoteHistory.Written;
import nl.homerun.newbusiness.Tournament.Entry;

/**
 * What Homerun knows of each suspect from the notes: a note is about a suspect when it names the company (its words in
 * a row, without "B.V." or "Nederland") or the person there, or when it is filed under a contact who works there. Such
 * notes count as activity for the suspect; their buying signals are shown at the next decision.
 */
@Component
class SuspectActivity {

    private final NoteHistory notes;
    private final Contacts contacts;

    SuspectActivity(NoteHistory notes, Contacts contacts) {
        this.notes = notes;
        this.contacts = contacts;
    }

    /**
     * The notes about one suspect.
     *
     * @param notes       how many, since the tournament began
     * @param inRound     how many since the current round began
     * @param last        the last one, if any
     * @param lastContact the last day contact was made (a note that reached someone, or a contact's last contact)
     * @param signals     the buying signals found in them, the newest first
     */
    record Known(int notes, int inRound, Written last, LocalDate lastContact, List<Signal> signals) {

        static final Known NOTHING = new Known(0, 0, null, null, List.of());
    }

    record Signal(String sentence, LocalDate on) {
    }

    /** What is known of each entry of the tournament, by its number; entries without notes are missing. */
    Map<Integer, Known> of(Tournament t, ZoneId zone) {
        List<Written> written = notes.writtenSince(t.owner(), t.createdAt());
        List<Contact> book = contacts.all(t.owner());
        Map<String, Contact> byId = new HashMap<>();
        book.forEach(c -> byId.put(c.id(), c));
        LocalDate roundStart = t.roundStart();
        Map<Integer, Known> known = new HashMap<>();
        for (Entry e : t.entries()) {
            List<String> company = words(e.name());
            List<String> person = e.person() == null ? List.of() : CompanyNames.words(e.person());
            String companyKey = CompanyNames.withoutFillers(e.name());
            List<Contact> people = book.stream().filter(c -> c.account() != null
                    && CompanyNames.withoutFillers(c.account()).equals(companyKey)).toList();
            int count = 0;
            int inRound = 0;
            Written last = null;
            LocalDate lastContact = people.stream().map(Contact::lastContact).filter(java.util.Objects::nonNull)
                    .max(LocalDate::compareTo).orElse(null);
            List<Signal> signals = new ArrayList<>();
            for (Written w : written) {
                List<String> text = CompanyNames.words(w.text());
                boolean about = contains(text, company) || person.size() >= 2 && contains(text, person)
                        || w.contactIds().stream().map(byId::get).anyMatch(c -> c != null && (people.contains(c)
                                || e.person() != null && CompanyNames.key(c.name()).equals(CompanyNames.key(e.person()))));
                if (!about) {
                    continue;
                }
                LocalDate day = w.at().atZone(zone).toLocalDate();
                count++;
                if (roundStart == null || !day.isBefore(roundStart)) {
                    inRound++;
                }
                last = w;
                if (w.contactMade() && (lastContact == null || day.isAfter(lastContact))) {
                    lastContact = day;
                }
                w.buyingSignals().forEach(s -> signals.add(new Signal(s, day)));
            }
            if (count > 0 || lastContact != null) {
                Collections.reverse(signals);
                known.put(e.no(), new Known(count, inRound, last, lastContact, List.copyOf(signals)));
            }
        }
        return known;
    }

    Known of(Tournament t, Entry e, ZoneId zone) {
        return Optional.ofNullable(of(t, zone).get(e.no())).orElse(Known.NOTHING);
    }

    /** The words that name the company: without legal forms and fillers, unless nothing else is left. */
    static List<String> words(String name) {
        List<String> all = CompanyNames.words(name);
        List<String> kept = all.stream().filter(w -> !CompanyNames.FORMS_AND_FILLERS.contains(w)).toList();
        return kept.isEmpty() ? all : kept;
    }

    /** Whether {@code words} holds {@code run} as consecutive words. */
    static boolean contains(List<String> words, List<String> run) {
        if (run.isEmpty() || run.size() > words.size()) {
            return false;
        }
        return Collections.indexOfSubList(words, run) >= 0;
    }
}
