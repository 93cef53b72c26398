/** Coaching conversations as data: scripts from conversations/*.yaml, run as resumable dialogs with their history. */
@ApplicationModule(allowedDependencies = {"coach", "contacts", "dates", "followups", "notes", "users"})
package nl.homerun.dialogs;

import org.springframework.modulith.ApplicationModule;
