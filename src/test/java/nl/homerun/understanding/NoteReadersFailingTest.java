package nl.homerun.understanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.homerun.contacts.Contact;
import nl.homerun.contacts.Contacts;

/** A note the rules fail on is still a note: understood as saying nothing, not lost. */
class NoteReadersFailingTest {

    @Test
    void aNoteTheRulesFailOnIsReadAsSayingNothingInsteadOfFailing() {
        Contact broken = new Contact("c1", 7, null, "Fabrikam", null, null, null, null, null, false, false, Map.of(), null,
                Instant.EPOCH, null); // a stored contact without a name: the rules cannot read this book
        assertThatThrownBy(() -> new NoteReader(List.of(broken)).read("jan gebeld", LocalDate.of(2026, 3, 4)))
                .isInstanceOf(RuntimeException.class);
        Contacts contacts = mock(Contacts.class);
        when(contacts.addressBookVersion(7)).thenReturn("v1");
        when(contacts.all(7)).thenReturn(List.of(broken));

        Understanding read = new NoteReaders(contacts, mock(NameChoices.class)).read(7, "jan gebeld, offerte vrijdag", LocalDate.of(2026, 3, 4));

        assertThat(read.people()).isEmpty();
        assertThat(read.promises()).isEmpty();
        assertThat(read.contactMade()).isTrue();
    }
}
