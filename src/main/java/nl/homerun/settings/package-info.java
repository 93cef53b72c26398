/** The user's own settings, changed in chat: language and time zone. */
@ApplicationModule(allowedDependencies = {"coach", "users"})
package nl.homerun.settings;

import org.springframework.modulith.ApplicationModule;
