/** The user's own settings, changed in chat: language and time zone. */
package nl.homerun.settings;
