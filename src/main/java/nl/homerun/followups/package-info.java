/** Follow-up tasks: what the account manager promised to do, by when. */
@ApplicationModule(allowedDependencies = {"coach", "contacts", "dates", "users"})
package nl.homerun.followups;

import org.springframework.modulith.ApplicationModule;
