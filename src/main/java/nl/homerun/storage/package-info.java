/** MongoDB access: a real server through {@code MONGODB_URI}, or an embedded one kept in the data directory. */
@ApplicationModule(allowedDependencies = {"users"})
package nl.homerun.storage;

import org.springframework.modulith.ApplicationModule;
