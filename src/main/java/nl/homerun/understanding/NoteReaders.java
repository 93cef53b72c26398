package nl.homerun.understanding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import nl.homerun.contacts.Contact;
import nl.homerun.contacts.ContactChanged;
import nl.homerun.contacts.Contacts;

/**
 * Reads a user's note against their address book. The reader of an address book is built once and kept; when a
 * contact is added, renamed, moved or deleted, that one contact is read again and the reader rebuilt from the kept
 * book, so a note costs about the same with 5,000 contacts as with five, also right after a change.
 */
@Service
public class NoteReaders {

    private static final int KEPT = 512;

    private final Contacts contacts;
    private final Map<Long, Book> byOwner = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Book> eldest) {
            return size() > KEPT;
        }
    });

    /** An address book as last read, and its reader (null when it must be built again). */
    private record Book(List<Contact> contacts, NoteReader reader) {
    }

    NoteReaders(Contacts contacts) {
        this.contacts = contacts;
    }

    /** What the note says, for its owner, as written on {@code today}. */
    public Understanding read(long owner, String note, LocalDate today) {
        return readerOf(owner).read(note, today);
    }

    private NoteReader readerOf(long owner) {
        Book book = byOwner.get(owner);
        if (book == null || book.reader() == null) {
            List<Contact> all = book == null ? contacts.all(owner) : book.contacts();
            book = new Book(all, new NoteReader(all));
            byOwner.put(owner, book);
        }
        return book.reader();
    }

    @EventListener
    void on(ContactChanged changed) {
        if (!changed.changesWhoIsWho()) {
            return;
        }
        Book book = byOwner.get(changed.owner());
        if (book == null || changed.contactId() == null) {
            byOwner.remove(changed.owner());
            return;
        }
        List<Contact> updated = new ArrayList<>(book.contacts());
        updated.removeIf(c -> c.id().equals(changed.contactId()));
        contacts.find(changed.owner(), changed.contactId()).ifPresent(updated::add);
        byOwner.put(changed.owner(), new Book(List.copyOf(updated), null));
    }
}
