/**
 * The Telegram channel: long polling or a webhook in, a rate-limited sender out, and nothing but translation
 * between Telegram's updates and the coach's events in between.
 */
@ApplicationModule(allowedDependencies = {"coach", "storage", "users"})
package nl.homerun.telegram;

import org.springframework.modulith.ApplicationModule;
