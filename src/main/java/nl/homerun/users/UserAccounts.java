package nl.homerun.users;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** Finds, creates and changes user profiles. */
@Service
@EnableConfigurationProperties(AccessPolicy.class)
public class UserAccounts {

    private final UserRepository repository;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    UserAccounts(UserRepository repository, Clock clock, ApplicationEventPublisher events) {
        this.repository = repository;
        this.clock = clock;
        this.events = events;
    }

    /**
     * The profile of a user who just wrote, created on their first message. A new user's language follows the
     * language of their Telegram app; after that, only their own choice ({@link #changeLanguage}) changes it.
     */
    public UserProfile visit(long userId, String telegramLanguageCode) {
        return repository.visit(userId, Language.fromCode(telegramLanguageCode), clock.instant());
    }

    public Optional<UserProfile> find(long userId) {
        return repository.find(userId);
    }

    /** Every user, for work done for all of them (planning reminders). */
    public java.util.List<UserProfile> all() {
        return repository.all();
    }

    public void changeLanguage(long userId, Language language) {
        repository.setLanguage(userId, language);
        events.publishEvent(new LanguageChanged(userId, language));
    }

    public void changeTimeZone(long userId, ZoneId zone) {
        ZoneId before = repository.find(userId).map(UserProfile::timeZone).orElse(null);
        repository.setTimeZone(userId, zone);
        if (!zone.equals(before)) {
            events.publishEvent(new TimeZoneChanged(userId, before, zone));
        }
    }

    /** Forgets the user entirely. */
    public void delete(long userId) {
        repository.delete(userId);
    }
}
