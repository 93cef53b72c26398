package nl.homerun.accounts;

import java.util.List;
import java.util.Optional;

import nl.homerun.coach.Button;
import nl.homerun.coach.Turn;

/**
 * A part of an account's card that another module (or another part of this one) knows: revenue and goal, the 4P
 * plan. The card asks every section, in their {@link org.springframework.core.annotation.Order}; one with nothing to
 * show for the account returns empty. So a plan can show on the card without the accounts depending on plans.
 */
public interface AccountSection {

    Optional<Section> section(Turn turn, Account account);

    /** Lines of the card in the chat's HTML, and buttons for a row of their own. */
    record Section(String text, List<Button> buttons) {

        public Section {
            buttons = List.copyOf(buttons);
        }
    }
}
