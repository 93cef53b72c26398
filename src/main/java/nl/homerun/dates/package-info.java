/** Dates as people type them in a chat, in Dutch and English. */
@ApplicationModule(allowedDependencies = {"users"})
package nl.homerun.dates;

import org.springframework.modulith.ApplicationModule;
