package nl.homerun.understanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;

import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import nl.homerun.contacts.Contact;
import nl.homerun.contacts.Contacts;

/** The kept reader of an address book follows every change at once, and only its owner's. */
@SpringBootTest(properties = "mongodb.embedded=memory")
class NoteReadersTest {

    private static final long ANNA = 6101;
    private static final long BERT = 6102;
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 4);

    @Autowired
    NoteReaders readers;
    @Autowired
    Contacts contacts;
    @Autowired
    MongoDatabase database;

    @BeforeEach
    void clean() {
        database.getCollection("contacts").drop();
        database.getCollection("contact_books").drop();
    }

    @Test
    void aContactAddedRenamedOrDeletedIsReadThatWayInTheVeryNextNote() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> { // a guard against a build that never ends, not a timing
            for (int i = 0; i < 40; i++) {
                Contact added = contacts.add(ANNA, new Contacts.Draft("Gerda Visser" + i, "Firma " + i + " B.V.", null, null,
                        null, null));
                assertThat(readers.read(ANNA, "Gerda Visser" + i + " gebeld", TODAY).people()).extracting(Contact::id)
                        .containsExactly(added.id());
            }
            Contact gerda = contacts.search(ANNA, "Gerda Visser7").get(0);
            contacts.setField(ANNA, gerda.id(), "name", "Gerda Smit");
            assertThat(readers.read(ANNA, "Gerda Smit gebeld", TODAY).people()).extracting(Contact::id).containsExactly(gerda.id());
            contacts.delete(ANNA, gerda.id());
            assertThat(readers.read(ANNA, "Gerda Smit gebeld", TODAY).people()).isEmpty();
        });
        assertThat(readers.read(BERT, "Gerda Visser3 gebeld", TODAY).people()).isEmpty();
    }
}
