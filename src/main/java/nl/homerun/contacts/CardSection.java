package nl.homerun.contacts;

import java.util.List;
import java.util.Optional;

import nl.homerun.coach.Button;
import nl.homerun.coach.Turn;

/**
 * A part of a contact's card that another module knows (the recent notes and open signals, the open tasks), with
 * its buttons. The card asks every section; a module that has nothing to show for the contact returns empty.
 */
public interface CardSection {

    Optional<Section> section(Turn turn, Contact contact);

    /** Lines of the card in the chat's HTML, and buttons for a row of their own. */
    record Section(String text, List<Button> buttons) {

        public Section {
            buttons = List.copyOf(buttons);
        }
    }
}
