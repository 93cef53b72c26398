package nl.homerun.accounts;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.homerun.contacts.CompanyNames;
import nl.homerun.contacts.ContactChanged;
import nl.homerun.contacts.Contacts;

/**
 * Someone new at an account with a tier (added, or their company changed to it) gets that tier, so the rhythm of
 * contact covers them too. A tier already set on the contact by hand stays.
 */
@Component
class TierFollowsAccount {

    private final AccountRepository accounts;
    private final Contacts contacts;

    TierFollowsAccount(AccountRepository accounts, Contacts contacts) {
        this.accounts = accounts;
        this.contacts = contacts;
    }

    @EventListener
    void on(ContactChanged changed) {
        if (changed.contactId() == null
                || changed.what() != ContactChanged.What.ADDED && changed.what() != ContactChanged.What.DETAILS) {
            return;
        }
        contacts.find(changed.owner(), changed.contactId())
                .filter(c -> c.tier() == null && c.account() != null && !CompanyNames.key(c.account()).isEmpty())
                .ifPresent(c -> accounts.withAlias(c.owner(), CompanyNames.key(c.account()))
                        .filter(a -> a.tier() != null)
                        .ifPresent(a -> contacts.setTier(c.owner(), c.id(), a.tier())));
    }
}
