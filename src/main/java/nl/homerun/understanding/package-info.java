/** Reads what a visit note says besides its signals: whom it is about, what was promised, what to remember. */
@ApplicationModule(allowedDependencies = {"contacts", "dates", "users"})
package nl.homerun.understanding;

import org.springframework.modulith.ApplicationModule;
