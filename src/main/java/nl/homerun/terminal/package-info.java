/** The terminal chat: the same coach on standard input and output, with buttons as numbered choices. */
@ApplicationModule(allowedDependencies = {"coach", "storage"})
package nl.homerun.terminal;

import org.springframework.modulith.ApplicationModule;
