/** The account manager's contacts: who they are, their birthday, their tier, what you know about them privately. */
@ApplicationModule(allowedDependencies = {"coach", "dates", "users"})
package nl.homerun.contacts;

import org.springframework.modulith.ApplicationModule;
