package nl.homerun.accounts;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import nl.homerun.coach.Messages;
import nl.homerun.reminders.DigestSection;
import nl.homerun.users.UserProfile;

/**
 * Once a month, in the first Monday digest: each tier's revenue so far against its goal, and the accounts furthest
 * behind theirs. Nothing when there is nothing to measure yet.
 */
@Component
@Order(10)
class GoalsInDigest implements DigestSection {

    /** The most lines: three tiers and the accounts furthest behind. */
    static final int LINES = 5;

    private final Goals goals;
    private final Messages messages;

    GoalsInDigest(Goals goals, Messages messages) {
        this.goals = goals;
        this.messages = messages;
    }

    @Override
    public Every every() {
        return Every.MONTH;
    }

    @Override
    public Optional<Part> part(UserProfile user, LocalDate today) {
        int year = goals.yearToReport(user.id(), today.getYear());
        List<String> lines = GoalsView.digestLines(messages, user.language(), goals.byTier(user.id(), year), LINES);
        return lines.isEmpty() ? Optional.empty()
                : Optional.of(new Part(messages.get(user.language(), "accounts.goals.digest.title", String.valueOf(year)), lines));
    }
}
