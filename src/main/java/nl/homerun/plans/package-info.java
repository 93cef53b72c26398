/** The 4P relationship plan of an A or B account: per P (project, person, process, partnership) activities with a measurable goal and a date, each a follow-up task; shown on the account card, shared as a message and a PDF. */
@ApplicationModule(allowedDependencies = {"accounts", "coach", "contacts", "dates", "followups", "notes", "users"})
package nl.homerun.plans;

import org.springframework.modulith.ApplicationModule;
