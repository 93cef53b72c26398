package nl.homerun.accounts;

import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import nl.homerun.coach.Turn;
import nl.homerun.contacts.CardSection;
import nl.homerun.contacts.Contact;

/** On a contact's card: the account they work at, its tier, and a button to its card. */
@Component
@Order(3)
class AccountOnContactCard implements CardSection {

    private final Accounts accounts;

    AccountOnContactCard(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<Section> section(Turn turn, Contact contact) {
        return accounts.ofContact(turn.userId(), contact).map(account -> new Section(turn.text("accounts.onContact",
                account.name(), account.tier() == null ? turn.text("accounts.tier.none") : turn.text("accounts.tier", account.tier().name())),
                List.of(new AccountAction.Show(account.id()).button("🏢 " + account.name()))));
    }
}
