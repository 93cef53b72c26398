/** The user's own data: /export sends all of it as JSON, /wissen erases all of it after confirmation. */
@ApplicationModule(allowedDependencies = {"coach", "users"})
package nl.homerun.privacy;

import org.springframework.modulith.ApplicationModule;
