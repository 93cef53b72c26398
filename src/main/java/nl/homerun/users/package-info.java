/** Who uses Homerun: each user's language, time zone and first visit, and who may use it at all. */
@ApplicationModule(allowedDependencies = {})
package nl.homerun.users;

import org.springframework.modulith.ApplicationModule;
