/** Reminders that arrive on time: birthdays and follow-up tasks, each occurrence claimed once and never lost. */
package nl.homerun.reminders;
