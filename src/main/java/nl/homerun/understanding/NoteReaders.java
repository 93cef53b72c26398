package nl.homerun.understanding;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import nl.homerun.contacts.ContactChanged;
import nl.homerun.contacts.Contacts;

/**
 * Reads a user's note against their address book. The reader of an address book is built once and kept until a
 * contact is added, renamed, moved or deleted, so a note costs the same with 5,000 contacts as with five.
 */
@Service
public class NoteReaders {

    private static final int KEPT = 512;

    private final Contacts contacts;
    private final Map<Long, NoteReader> byOwner = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, NoteReader> eldest) {
            return size() > KEPT;
        }
    });

    NoteReaders(Contacts contacts) {
        this.contacts = contacts;
    }

    /** What the note says, for its owner, as written on {@code today}. */
    public Understanding read(long owner, String note, LocalDate today) {
        return byOwner.computeIfAbsent(owner, o -> new NoteReader(contacts.all(o))).read(note, today);
    }

    @EventListener
    void on(ContactChanged changed) {
        if (changed.changesWhoIsWho()) {
            byOwner.remove(changed.owner());
        }
    }
}
