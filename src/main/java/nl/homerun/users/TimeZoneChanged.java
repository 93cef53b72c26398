package nl.homerun.users;

import java.time.ZoneId;

/** Published when a user's time zone changed, for what is planned in their local time (reminders). */
public record TimeZoneChanged(long userId, ZoneId before, ZoneId after) {
}
