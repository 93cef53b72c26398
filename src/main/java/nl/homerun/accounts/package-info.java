/**
 * Accounts: the companies behind the contacts, chosen A, B or C by their value (business, professional, strategic)
 * as the method teaches, with their revenue per year and growth goal. Other modules use {@link nl.homerun.accounts.Accounts}
 * and follow {@link nl.homerun.accounts.AccountChanged}; they add to an account's card with an
 * {@link nl.homerun.accounts.AccountSection}.
 */
@ApplicationModule(allowedDependencies = {"coach", "contacts", "dates", "notes", "reminders", "users"})
package nl.homerun.accounts;

import org.springframework.modulith.ApplicationModule;
