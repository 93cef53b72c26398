/** Reminders that arrive on time: birthdays and follow-up tasks, each occurrence claimed once and never lost. */
@ApplicationModule(allowedDependencies = {"coach", "contacts", "dates", "followups", "notes", "users"})
package nl.homerun.reminders;

import org.springframework.modulith.ApplicationModule;
