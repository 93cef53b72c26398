package nl.homerun.contacts;

/**
 * Published after a user's contact changed, for what others derive from contacts (the note reader's address book,
 * reminders). {@code contactId} is null when all of the user's contacts went at once. When who is who changed, the
 * address book's version went from {@code bookBefore} to {@code bookAfter} (see
 * {@link Contacts#addressBookVersion}): a listener that kept the book at {@code bookBefore} may apply just this change.
 */
public record ContactChanged(long owner, String contactId, What what, String bookBefore, String bookAfter) {

    /** What changed: who the contact is, when they were last in touch, or that they are gone. */
    public enum What { ADDED, DETAILS, BIRTHDAY, RHYTHM, LAST_CONTACT, DELETED, ALL_ERASED }

    /** Whether names or accounts may have changed, which is what a note is read against. */
    public boolean changesWhoIsWho() {
        return changesWhoIsWho(what);
    }

    static boolean changesWhoIsWho(What what) {
        return what == What.ADDED || what == What.DETAILS || what == What.DELETED || what == What.ALL_ERASED;
    }
}
