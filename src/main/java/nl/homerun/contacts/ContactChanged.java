package nl.homerun.contacts;

/**
 * Published after a user's contact changed, for what others derive from contacts (the note reader's address book,
 * reminders). {@code contactId} is null when all of the user's contacts went at once.
 */
public record ContactChanged(long owner, String contactId, What what) {

    /** What changed: who the contact is, when they were last in touch, or that they are gone. */
    public enum What { ADDED, DETAILS, BIRTHDAY, RHYTHM, LAST_CONTACT, DELETED, ALL_ERASED }

    /** Whether names or accounts may have changed, which is what a note is read against. */
    public boolean changesWhoIsWho() {
        return what == What.ADDED || what == What.DETAILS || what == What.DELETED || what == What.ALL_ERASED;
    }
}
