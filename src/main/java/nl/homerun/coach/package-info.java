/**
 * The coach core, free of any channel: an {@link nl.homerun.coach.InboundEvent} goes in, {@link nl.homerun.coach.Reply replies}
 * come out. Capabilities plug in as {@link nl.homerun.coach.ChatFeature}s.
 */
@ApplicationModule(allowedDependencies = {"users"})
package nl.homerun.coach;

import org.springframework.modulith.ApplicationModule;
