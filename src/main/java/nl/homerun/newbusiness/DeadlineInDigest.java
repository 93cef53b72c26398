package nl.homerun.newbusiness;

import java.time.LocalDate;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import nl.homerun.coach.Messages;
import nl.homerun.reminders.DigestSection;
import nl.homerun.users.UserProfile;

/**
 * In Monday's digest while a round's end is near (two weeks or less, or passed without a decision): the round, its
 * deadline, how many accounts still wait for GO or NO GO and how many nothing was heard of this round.
 */
@Component
@Order(20)
class DeadlineInDigest implements DigestSection {

    /** How near the end of a round must be to be mentioned. */
    static final int NEAR_DAYS = 14;

    private final Tournaments tournaments;
    private final NewBusinessView view;
    private final Messages messages;

    DeadlineInDigest(Tournaments tournaments, NewBusinessView view, Messages messages) {
        this.tournaments = tournaments;
        this.view = view;
        this.messages = messages;
    }

    @Override
    public Optional<Part> part(UserProfile user, LocalDate today) {
        Optional<Tournament> current = tournaments.current(user.id()).filter(t -> t.status() == Tournament.Status.PLAYING);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Tournament t = current.get();
        long left = ChronoUnit.DAYS.between(today, t.roundEnd());
        if (left > NEAR_DAYS) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        String end = user.language().format(t.roundEnd(), FormatStyle.FULL);
        lines.add(messages.get(user.language(), left < 0 ? "newbusiness.digest.over" : "newbusiness.digest.ends", end, left < 0 ? -left : left));
        lines.add(messages.get(user.language(), "newbusiness.digest.decide", t.undecided().size(), t.in().size(), t.target()));
        long quiet = view.quiet(t, user);
        if (quiet > 0) {
            lines.add(messages.get(user.language(), "newbusiness.digest.quiet", quiet));
        }
        return Optional.of(new Part(messages.get(user.language(), "newbusiness.digest.title", view.roundName(user, t.round())), lines));
    }
}
