/** Dates as people type them in a chat, in Dutch and English. */
package nl.homerun.dates;
