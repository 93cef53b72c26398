/** New business as a tournament: once a year 64 (or 32) suspects, rounds of six to ten weeks, GO / NO GO, the kweekvijver, one XXL account. */
@ApplicationModule(allowedDependencies = {"accounts", "coach", "contacts", "followups", "notes", "plans", "reminders", "users"})
package nl.homerun.newbusiness;

import org.springframework.modulith.ApplicationModule;
