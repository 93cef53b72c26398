/** Visit and aftercare notes: stored, read for signals, and answered with the next step the method advises. */
@ApplicationModule(allowedDependencies = {"coach", "contacts", "dates", "followups", "signals", "understanding", "users"})
package nl.homerun.notes;

import org.springframework.modulith.ApplicationModule;
