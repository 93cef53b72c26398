package nl.homerun.understanding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import nl.homerun.contacts.Contact;
import nl.homerun.contacts.ContactChanged;
import nl.homerun.contacts.Contacts;

/**
 * Reads a user's note against their address book. The reader of an address book is built once and kept with the
 * book's version ({@link Contacts#addressBookVersion}); when a contact is added, renamed, moved or deleted here,
 * that one contact is read again and the reader rebuilt from the kept book at once, in the background, so that the
 * next note (seconds later, as people type) finds it ready: a note costs about the same with 5,000 contacts as with
 * five. A version that changed elsewhere (another instance, a restored database) makes it read the whole book again.
 */
@Service
public class NoteReaders {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(NoteReaders.class);
    private static final int KEPT = 512;

    private final Contacts contacts;
    private final NameChoices choices;
    private final Map<Long, Book> byOwner = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Book> eldest) {
            return size() > KEPT;
        }
    });

    /** An address book as last read, its version then, and its reader, being built or built. */
    private record Book(String version, List<Contact> contacts, CompletableFuture<NoteReader> reader) {
    }

    /** One thread for all rebuilds: they are rare, and a burst (an import) must not take every core. */
    private final Executor builder = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "note-reader-builder");
        thread.setDaemon(true);
        return thread;
    });

    NoteReaders(Contacts contacts, NameChoices choices) {
        this.contacts = contacts;
        this.choices = choices;
    }

    /**
     * What the note says, for its owner, as written on {@code today}. Rules that fail on text nobody foresaw must not
     * cost the note: it is then understood as saying nothing but itself, and filed as typed. The log names the
     * failure, never the note.
     */
    public Understanding read(long owner, String note, LocalDate today) {
        try {
            NoteReader reader = readerOf(owner);
            Understanding read = reader.read(note, today);
            if (read.ask().isEmpty()) {
                return read;
            }
            Map<String, String> settled = new LinkedHashMap<>();
            reader.undecidedNames(note).keySet()
                    .forEach(name -> choices.settled(owner, name).ifPresent(contact -> settled.put(name, contact)));
            return settled.isEmpty() ? read : reader.read(note, today, settled);
        } catch (RuntimeException e) {
            StackTraceElement where = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
            log.warn("Reading a note failed ({} at {}); it is filed without being read", e.getClass().getName(), where);
            return new Understanding(List.of(), List.of(), true, List.of(), List.of(), List.of(), List.of(), java.util.Set.of());
        }
    }

    /**
     * The user chose {@code contactId} as the one a note means where its first name fits several: remembered per name,
     * so that a name chosen for the same contact {@value NameChoices#SETTLED_AFTER} times in a row is read as theirs.
     */
    public void chose(long owner, String note, String contactId) {
        readerOf(owner).undecidedNames(note).forEach((name, candidates) -> {
            if (candidates.stream().anyMatch(c -> c.id().equals(contactId))) {
                choices.chose(owner, name, contactId);
            }
        });
    }

    /** The user took {@code contactId} off a note: a name of the note settled as theirs is no longer. */
    public void notMeant(long owner, String note, String contactId) {
        readerOf(owner).undecidedNames(note).forEach((name, candidates) -> choices.forget(owner, name, contactId));
    }

    private NoteReader readerOf(long owner) {
        while (true) {
            String version = contacts.addressBookVersion(owner);
            Book book = byOwner.get(owner);
            if (book == null || !Objects.equals(book.version(), version)) {
                List<Contact> all = contacts.all(owner);
                NoteReader reader = new NoteReader(all);
                byOwner.put(owner, new Book(version, all, CompletableFuture.completedFuture(reader)));
                return reader;
            }
            NoteReader reader = book.reader().join();
            if (reader != null) {
                return reader;
            } // a later change superseded this build: take the book that is current now
        }
    }

    @EventListener
    void on(ContactChanged changed) {
        if (changed.what() == ContactChanged.What.DELETED) {
            choices.forget(changed.owner(), changed.contactId());
        }
        if (!changed.changesWhoIsWho()) {
            return;
        }
        Book book = byOwner.get(changed.owner());
        if (book == null || changed.contactId() == null || !Objects.equals(book.version(), changed.bookBefore())) {
            byOwner.remove(changed.owner()); // not the book this change was made to: read it all again when needed
            return;
        }
        List<Contact> updated = new ArrayList<>(book.contacts());
        updated.removeIf(c -> c.id().equals(changed.contactId()));
        contacts.find(changed.owner(), changed.contactId()).ifPresent(updated::add);
        List<Contact> now = List.copyOf(updated);
        long owner = changed.owner();
        CompletableFuture<NoteReader> reader = new CompletableFuture<>();
        byOwner.put(owner, new Book(changed.bookAfter(), now, reader));
        builder.execute(() -> reader.complete(isCurrent(owner, now) ? new NoteReader(now) : null));
    }

    /** Whether no later change replaced this book while its build waited (an import changes hundreds at once). */
    private boolean isCurrent(long owner, List<Contact> book) {
        Book current = byOwner.get(owner);
        return current != null && current.contacts() == book;
    }
}
