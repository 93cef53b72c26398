package nl.homerun.contacts;

import org.springframework.stereotype.Component;

import nl.homerun.coach.Button;
import nl.homerun.coach.Turn;

/**
 * What other features may offer to record on a contact: the birthday or one of the private facts. The button
 * starts a short conversation of the contacts feature (which contact, then the fact).
 */
@Component
public class ContactFacts {

    static final String BIRTHDAY = "birthday";

    /** True for "birthday" and the {@link Contact.Fact#key() key} of each private fact. */
    public static boolean isRecordable(String fact) {
        return BIRTHDAY.equals(fact) || Contact.Fact.of(fact).isPresent();
    }

    public Button recordButton(Turn turn, String fact) {
        if (!isRecordable(fact)) {
            throw new IllegalArgumentException("Not a recordable fact: " + fact);
        }
        return new ContactAction.RecordFact(fact).button(turn.text("contacts.record.button." + fact));
    }
}
