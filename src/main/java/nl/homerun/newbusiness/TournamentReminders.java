package nl.homerun.newbusiness;

import java.time.LocalDate;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import nl.homerun.coach.Html;
import nl.homerun.coach.Messages;
import nl.homerun.coach.Reply;
import nl.homerun.newbusiness.NewBusinessAction.Decide;
import nl.homerun.newbusiness.NewBusinessAction.Show;
import nl.homerun.newbusiness.Tournament.Entry;
import nl.homerun.newbusiness.Tournament.Status;
import nl.homerun.reminders.ReminderSource;
import nl.homerun.users.UserProfile;

/**
 * The tournament's reminders, sent by the reminders module at the user's reminder time: {@value #DAYS_AHEAD} days
 * before a round ends, GO or NO GO for each account still in (with a button to decide), and once more on its last day
 * while decisions are still open (or the round can be made longer); and for the kweekvijver, every
 * {@value #POND_DAYS} days after an account went there, to send it something useful (by post or e-mail) — until it
 * is back on a later year's list.
 */
@Component
class TournamentReminders implements ReminderSource {

    static final int DAYS_AHEAD = 3;
    static final int POND_DAYS = 91;
    private static final Pattern DECIDE = Pattern.compile("decide-([0-9a-f]{24})-([1-6])");
    private static final Pattern LAST = Pattern.compile("last-([0-9a-f]{24})-([1-6])");
    private static final Pattern POND = Pattern.compile("pond-([0-9a-f]{24})");

    private final TournamentRepository repository;
    private final NewBusinessView view;
    private final Messages messages;

    TournamentReminders(TournamentRepository repository, NewBusinessView view, Messages messages) {
        this.repository = repository;
        this.view = view;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "newbusiness";
    }

    @Override
    public List<String> due(UserProfile user, LocalDate day) {
        List<Tournament> all = repository.all(user.id());
        List<String> due = new ArrayList<>();
        for (Tournament t : all) {
            if (t.status() == Status.PLAYING && decisionDay(t).equals(day)) {
                due.add("decide-" + t.id() + "-" + t.round());
            }
            if (t.status() == Status.PLAYING && t.roundEnd().equals(day) && !decisionDay(t).equals(day)) {
                due.add("last-" + t.id() + "-" + t.round());
            }
            if (!pondDue(all, t, day).isEmpty()) {
                due.add("pond-" + t.id());
            }
        }
        return due;
    }

    /** The day the decision is asked: a few days before the round ends (its start, for a round shorter than that). */
    static LocalDate decisionDay(Tournament t) {
        LocalDate day = t.roundEnd().minusDays(DAYS_AHEAD);
        return day.isBefore(t.roundStart()) ? t.roundStart() : day;
    }

    /** The accounts of the tournament's kweekvijver due for attention on the day, that no later year took back. */
    static List<Entry> pondDue(List<Tournament> all, Tournament t, LocalDate day) {
        Set<String> later = new HashSet<>();
        all.stream().filter(o -> o.createdAt().isAfter(t.createdAt()))
                .forEach(o -> o.entries().forEach(e -> later.add(Tournaments.key(e.name()))));
        return t.pond().stream().filter(e -> !later.contains(Tournaments.key(e.name()))).filter(e -> {
            long days = ChronoUnit.DAYS.between(e.outOn(), day);
            return days > 0 && days % POND_DAYS == 0;
        }).toList();
    }

    @Override
    public Optional<Reply> reminder(UserProfile user, String subject, LocalDate day) {
        Matcher m;
        if ((m = DECIDE.matcher(subject)).matches()) {
            int round = Integer.parseInt(m.group(2));
            return repository.find(user.id(), m.group(1))
                    .filter(t -> t.status() == Status.PLAYING && t.round() == round && decisionDay(t).equals(day)
                            && !t.undecided().isEmpty())
                    .map(t -> decide(user, t));
        }
        if ((m = LAST.matcher(subject)).matches()) {
            int round = Integer.parseInt(m.group(2));
            return repository.find(user.id(), m.group(1))
                    .filter(t -> t.status() == Status.PLAYING && t.round() == round && t.roundEnd().equals(day)
                            && !t.undecided().isEmpty())
                    .map(t -> last(user, t));
        }
        if ((m = POND.matcher(subject)).matches()) {
            List<Tournament> all = repository.all(user.id());
            String id = m.group(1);
            return all.stream().filter(t -> t.id().equals(id)).findFirst().flatMap(t -> {
                List<Entry> due = pondDue(all, t, day);
                return due.isEmpty() ? Optional.empty() : Optional.of(pond(user, t, due));
            });
        }
        return Optional.empty();
    }

    private Reply decide(UserProfile user, Tournament t) {
        String text = messages.get(user.language(), "newbusiness.reminder.decide", view.roundName(user, t.round()),
                user.language().format(t.roundEnd(), FormatStyle.FULL), t.in().size(), t.target(), t.undecided().size(),
                view.quiet(t, user)) + view.signalled(user, t).map(line -> "\n" + line).orElse("");
        return Reply.withButtons(text, List.of(List.of(
                new Decide(t.id(), t.round()).button(messages.get(user.language(), "newbusiness.button.decide")),
                new Show(t.id()).button(messages.get(user.language(), "newbusiness.button.show")))));
    }

    /** The round's last day with decisions still to make: the digest says it too, this once more on the day. */
    private Reply last(UserProfile user, Tournament t) {
        String text = messages.get(user.language(), "newbusiness.reminder.last", view.roundName(user, t.round()),
                t.undecided().size(), t.in().size());
        return Reply.withButtons(text, List.of(List.of(
                new Decide(t.id(), t.round()).button(messages.get(user.language(), "newbusiness.button.decide")),
                new NewBusinessAction.AskWeeks(t.id()).button(messages.get(user.language(), "newbusiness.button.length")))));
    }

    private Reply pond(UserProfile user, Tournament t, List<Entry> due) {
        String names = NewBusinessView.names(due.stream().map(Entry::label).toList(), 12);
        return Reply.withButtons(messages.get(user.language(), "newbusiness.reminder.pond", due.size(), names, String.valueOf(t.year())),
                List.of(List.of(new NewBusinessAction.Pond(t.id()).button(messages.get(user.language(), "newbusiness.button.pond",
                        t.pond().size())))));
    }

    @Override
    public Optional<String> missed(UserProfile user, String subject, LocalDate day) {
        return reminder(user, subject, day).map(r -> messages.get(user.language(), "newbusiness.reminder.missed",
                user.language().format(day, FormatStyle.FULL), Html.toPlainText(r.text()).lines().findFirst().orElse("")));
    }
}
