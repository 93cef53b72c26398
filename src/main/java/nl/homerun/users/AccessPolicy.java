package nl.homerun.users;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may use this bot: everyone, unless {@code HOMERUN_ALLOWED_USERS} lists Telegram user ids.
 * Checked before anything of the user is stored.
 */
@ConfigurationProperties("homerun")
public record AccessPolicy(@DefaultValue List<Long> allowedUsers) {

    public AccessPolicy {
        allowedUsers = List.copyOf(allowedUsers);
    }

    public boolean allows(long userId) {
        return allowedUsers.isEmpty() || allowedUsers.contains(userId);
    }
}
