package nl.homerun.understanding;

import java.time.Instant;
import java.util.Map;

import nl.homerun.contacts.Contact;

/** Contacts of an invented address book for the finders' tests: the name is also the id. */
final class TestContacts {

    private TestContacts() {
    }

    static Contact contact(String name, String account) {
        return contact(name, account, null);
    }

    static Contact contact(String name, String account, String role) {
        return new Contact(name, 1, name, account, role, null, null, null, null, false, false, Map.of(), null,
                Instant.EPOCH, null);
    }
}
