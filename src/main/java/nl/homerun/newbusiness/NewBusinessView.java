package nl.homerun.newbusiness;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import nl.homerun.coach.Attachment;
import nl.homerun.coach.Button;
import nl.homerun.coach.Html;
import nl.homerun.coach.Messages;
import nl.homerun.coach.Reply;
import nl.homerun.newbusiness.NewBusinessAction.AskWeeks;
import nl.homerun.newbusiness.NewBusinessAction.Close;
import nl.homerun.newbusiness.NewBusinessAction.Decide;
import nl.homerun.newbusiness.NewBusinessAction.Done;
import nl.homerun.newbusiness.NewBusinessAction.History;
import nl.homerun.newbusiness.NewBusinessAction.Mark;
import nl.homerun.newbusiness.NewBusinessAction.NewYear;
import nl.homerun.newbusiness.NewBusinessAction.Overview;
import nl.homerun.newbusiness.NewBusinessAction.Pond;
import nl.homerun.newbusiness.NewBusinessAction.Proceed;
import nl.homerun.newbusiness.NewBusinessAction.RestOut;
import nl.homerun.newbusiness.NewBusinessAction.Show;
import nl.homerun.newbusiness.NewBusinessAction.ShowList;
import nl.homerun.newbusiness.NewBusinessAction.Skip;
import nl.homerun.newbusiness.NewBusinessAction.Weeks;
import nl.homerun.newbusiness.SuspectActivity.Known;
import nl.homerun.newbusiness.Tournament.Decision;
import nl.homerun.newbusiness.Tournament.Entry;
import nl.homerun.newbusiness.Tournament.Played;
import nl.homerun.newbusiness.Tournament.Status;
import nl.homerun.users.Language;
import nl.homerun.users.UserProfile;

/** The tournament's messages: the list being made, the year under way, a decision, the review, and the bracket. */
@Component
class NewBusinessView {

    /** Suspects per page of a list or an overview. */
    static final int PAGE = 8;
    /** The longest a note is quoted. */
    static final int QUOTE = 160;

    private final Messages messages;
    private final SuspectActivity activity;
    private final Clock clock;

    NewBusinessView(Messages messages, SuspectActivity activity, Clock clock) {
        this.messages = messages;
        this.activity = activity;
        this.clock = clock;
    }

    private String text(UserProfile user, String key, Object... args) {
        return messages.get(user.language(), key, args);
    }

    private static String day(UserProfile user, LocalDate day) {
        return user.language().format(day, FormatStyle.LONG);
    }

    private static String shortDay(UserProfile user, LocalDate day) {
        return user.language().format(day, FormatStyle.MEDIUM);
    }

    /** "Ronde 2 · Benaderen als suspect". */
    String roundName(UserProfile user, int round) {
        return text(user, "newbusiness.round", round, text(user, "newbusiness.stage." + Stage.of(round).key + ".name"));
    }

    // --- setting up ----------------------------------------------------------------------------------------------

    /** What the tournament is, and how to give the list. */
    Reply intro(UserProfile user, Tournament t) {
        StringBuilder s = new StringBuilder(text(user, "newbusiness.intro"));
        long fromPond = t.entries().stream().filter(Tournament.Entry::fromPond).count();
        if (fromPond > 0) {
            s.append("\n\n").append(text(user, "newbusiness.intro.carried", fromPond));
        }
        if (t.entries().size() > fromPond) {
            s.append("\n\n").append(text(user, "newbusiness.intro.listed", t.entries().size() - fromPond));
        }
        s.append("\n\n").append(text(user, "newbusiness.list.how"));
        return Reply.withButtons(s.toString(), setupButtons(user, t));
    }

    /** The list so far, after suspects were added. */
    Reply added(UserProfile user, Listed result) {
        Tournament t = result.tournament();
        StringBuilder s = new StringBuilder();
        if (!result.added().isEmpty()) {
            s.append(text(user, "newbusiness.list.added", result.added().size(), names(result.added(), 6)));
        } else {
            s.append(text(user, "newbusiness.list.nothingNew"));
        }
        if (!result.doubles().isEmpty()) {
            s.append("\n").append(text(user, "newbusiness.list.doubles", result.doubles().size(), names(result.doubles(), 6)));
        }
        if (result.nameless() > 0) {
            s.append("\n").append(text(user, "newbusiness.list.nameless", result.nameless()));
        }
        s.append("\n\n").append(countLine(user, t.entries().size()));
        return Reply.withButtons(s.toString(), setupButtons(user, t));
    }

    /** What the length of the list means for the tournament. */
    String countLine(UserProfile user, int size) {
        if (size > Stage.MOST) {
            return text(user, "newbusiness.count.tooMany", size, size - Stage.MOST);
        }
        if (size == Stage.MOST) {
            return text(user, "newbusiness.count.full", size);
        }
        if (size == Stage.SUSPECTS.places) {
            return text(user, "newbusiness.count.thirtyTwo", size);
        }
        if (size > Stage.SUSPECTS.places) {
            return text(user, "newbusiness.count.between", size, Stage.MOST - size, Stage.ANALYSE.target(size));
        }
        if (size >= Stage.FEWEST) {
            return text(user, "newbusiness.count.few", size, Stage.SUSPECTS.places - size);
        }
        return text(user, "newbusiness.count.none", size);
    }

    private List<List<Button>> setupButtons(UserProfile user, Tournament t) {
        List<List<Button>> rows = new ArrayList<>();
        int size = t.entries().size();
        if (size > Stage.MOST) {
            rows.add(List.of(new NewBusinessAction.KeepFirst(t.id()).button(text(user, "newbusiness.button.keepFirst", Stage.MOST))));
        } else if (size >= Stage.FEWEST) {
            rows.add(List.of(new Done(t.id()).button(text(user, "newbusiness.button.done", size))));
        }
        if (size > 0) {
            rows.add(List.of(new ShowList(t.id(), 0).button(text(user, "newbusiness.button.list"))));
        }
        return rows;
    }

    /** A page of the list being made. */
    Reply list(UserProfile user, Tournament t, int page) {
        List<Entry> all = t.entries();
        int pages = Math.max(1, (all.size() + PAGE * 4 - 1) / (PAGE * 4));
        int p = Math.min(Math.max(0, page), pages - 1);
        StringBuilder s = new StringBuilder(text(user, "newbusiness.list.title", all.size()));
        all.stream().skip((long) p * PAGE * 4).limit(PAGE * 4L).forEach(e -> s.append("\n").append(e.no()).append(". ")
                .append(Html.escape(e.label())).append(e.fromPond() ? " 🐟" : ""));
        s.append("\n\n").append(text(user, "newbusiness.list.remove"));
        List<List<Button>> rows = new ArrayList<>();
        List<Button> paging = new ArrayList<>();
        if (p > 0) {
            paging.add(new ShowList(t.id(), p - 1).button("◀️"));
        }
        if (p < pages - 1) {
            paging.add(new ShowList(t.id(), p + 1).button("▶️"));
        }
        if (!paging.isEmpty()) {
            rows.add(paging);
        }
        rows.addAll(setupButtons(user, t).stream().filter(r -> !r.get(0).action().contains(":list:")).toList());
        return Reply.withButtons(s.toString(), rows);
    }

    /** The list is complete: what its size means, and the length of the rounds to choose. */
    Reply chooseWeeks(UserProfile user, Tournament t) {
        int size = t.entries().size();
        Stage first = Stage.first(size);
        int rounds = Stage.LAST - first.number + 1;
        LocalDate today = user.today(clock);
        String s = countLine(user, size) + "\n\n" + text(user, "newbusiness.weeks.ask", rounds,
                roundName(user, first.number), day(user, today.plusWeeks(6L * rounds)), day(user, today.plusWeeks(10L * rounds)));
        return Reply.withButtons(s, List.of(weekButtons(user, t, 0)));
    }

    List<Button> weekButtons(UserProfile user, Tournament t, int chosen) {
        List<Button> row = new ArrayList<>();
        for (int w = Tournaments.FEWEST_WEEKS; w <= Tournaments.MOST_WEEKS; w++) {
            row.add(new Weeks(t.id(), w).button((w == chosen ? "✓ " : "") + text(user, "newbusiness.button.weeks", w)));
        }
        return row;
    }

    // --- the year under way ------------------------------------------------------------------------------------------

    /** The state of the year: the round, its dates and purpose, who is in, and what to decide by when. */
    Reply state(UserProfile user, Tournament t) {
        if (t.status() == Status.CLOSED) {
            return review(user, t);
        }
        LocalDate today = user.today(clock);
        Stage stage = t.stage();
        int in = t.in().size();
        StringBuilder s = new StringBuilder(text(user, "newbusiness.state.title", String.valueOf(t.year()),
                roundName(user, t.round()), Stage.LAST));
        long weeks = ChronoUnit.WEEKS.between(t.roundStart(), t.roundEnd());
        long left = ChronoUnit.DAYS.between(today, t.roundEnd());
        s.append("\n").append(text(user, "newbusiness.state.dates", day(user, t.roundStart()), day(user, t.roundEnd()), weeks));
        s.append(" ").append(left > 0 ? text(user, "newbusiness.state.left", left)
                : left == 0 ? text(user, "newbusiness.state.today") : text(user, "newbusiness.state.over", -left));
        s.append("\n\n").append(text(user, "newbusiness.stage." + stage.key + ".purpose"));
        s.append("\n\n").append(text(user, "newbusiness.state.in", in, t.pond().size()));
        Map<Integer, Known> known = activity.of(t, user.timeZone());
        long quiet = t.in().stream().filter(e -> known.getOrDefault(e.no(), Known.NOTHING).inRound() == 0).count();
        if (quiet > 0 && in > 1) {
            s.append("\n").append(text(user, "newbusiness.state.quiet", quiet, in));
        }
        signalled(user, t, known).ifPresent(line -> s.append("\n").append(line));
        s.append("\n").append(text(user, "newbusiness.state.decide", day(user, t.roundEnd()), in, t.target(),
                stage.isFinal() ? 1 : 0));
        long decided = in - t.undecided().size();
        if (decided > 0) {
            s.append("\n").append(text(user, "newbusiness.state.decided", decided, t.count(Decision.GO), t.count(Decision.NO_GO)));
        }
        if (!t.ahead().isEmpty()) {
            s.append("\n\n").append(text(user, "newbusiness.state.ahead"));
            for (Played p : t.ahead()) {
                s.append("\n• ").append(roundName(user, p.round())).append(": ").append(shortDay(user, p.start()))
                        .append(" – ").append(shortDay(user, p.end()));
            }
        }
        List<List<Button>> rows = new ArrayList<>();
        rows.add(List.of(new Decide(t.id(), t.round()).button(text(user, "newbusiness.button.decide"))));
        rows.add(List.of(new AskWeeks(t.id()).button(text(user, "newbusiness.button.length")),
                new Pond(t.id()).button(text(user, "newbusiness.button.pond", t.pond().size()))));
        rows.add(List.of(new History(t.id()).button(text(user, "newbusiness.button.history")),
                new Close(t.id(), false).button(text(user, "newbusiness.button.close"))));
        return Reply.withButtons(s.toString(), rows);
    }

    /** "💡 Buying signals this round: …": the suspects still in with a buying signal in a note since the round began. */
    java.util.Optional<String> signalled(UserProfile user, Tournament t, Map<Integer, Known> known) {
        List<String> names = t.in().stream().filter(e -> known.getOrDefault(e.no(), Known.NOTHING).signals().stream()
                .anyMatch(signal -> !signal.on().isBefore(t.roundStart()))).map(Entry::name).toList();
        return names.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(text(user, "newbusiness.state.signals", names.size(), names(names, 5)));
    }

    /** The suspects still in with a buying signal this round, as a line; empty when none. */
    java.util.Optional<String> signalled(UserProfile user, Tournament t) {
        return signalled(user, t, activity.of(t, user.timeZone()));
    }

    /** The lengths to choose for the round under way. */
    Reply lengths(UserProfile user, Tournament t) {
        long weeks = ChronoUnit.WEEKS.between(t.roundStart(), t.roundEnd());
        return Reply.withButtons(text(user, "newbusiness.length.ask", roundName(user, t.round()), day(user, t.roundStart()), weeks),
                List.of(weekButtons(user, t, (int) weeks), List.of(new Show(t.id()).button(text(user, "newbusiness.button.back")))));
    }

    /** The bracket as a picture, its caption the round's state in one line. */
    Reply bracket(UserProfile user, Tournament t) {
        List<String> rounds = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        for (int r = 1; r <= Stage.LAST; r++) {
            Stage stage = Stage.of(r);
            rounds.add(r + ". " + text(user, "newbusiness.stage." + stage.key + ".short") + " (" + stage.places + ")");
            dates.add(dates(user, t, r));
        }
        String title = text(user, "newbusiness.bracket.title", String.valueOf(t.year()));
        byte[] png = BracketImage.png(t, new BracketImage.Labels(title, rounds, dates, text(user, "newbusiness.bracket.xxl"),
                text(user, "newbusiness.bracket.legend")));
        String caption = t.status() == Status.PLAYING
                ? text(user, "newbusiness.bracket.caption", roundName(user, t.round()), t.in().size(), day(user, t.roundEnd()))
                : t.status() == Status.SETUP ? text(user, "newbusiness.bracket.setup", t.entries().size())
                : text(user, "newbusiness.bracket.closed", String.valueOf(t.year()));
        String stage = t.status() == Status.PLAYING ? "ronde-" + t.round() : t.status() == Status.SETUP ? "lijst" : "eind";
        return Reply.file(caption, new Attachment("werving-" + t.year() + "-" + stage + ".png", "image/png", png));
    }

    /** When a round ran or is planned: "2 mrt – 27 apr". */
    private String dates(UserProfile user, Tournament t, int round) {
        for (Played p : t.played()) {
            if (p.round() == round) {
                return compact(user, p.start()) + " – " + compact(user, p.decidedOn());
            }
        }
        if (t.status() == Status.SETUP || round < t.firstRound()) {
            return "";
        }
        if (round == t.round()) {
            return compact(user, t.roundStart()) + " – " + compact(user, t.roundEnd());
        }
        if (t.status() == Status.PLAYING) {
            for (Played p : t.ahead()) {
                if (p.round() == round) {
                    return compact(user, p.start()) + " – " + compact(user, p.end());
                }
            }
        }
        return "";
    }

    private static String compact(UserProfile user, LocalDate day) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMM", user.language().locale()).format(day);
    }

    // --- deciding ------------------------------------------------------------------------------------------------

    /** One suspect to decide on, with what Homerun knows of it; or the round's summary when all are decided. */
    Reply decision(UserProfile user, Tournament t, Entry e) {
        Known known = activity.of(t, e, user.timeZone());
        int in = t.in().size();
        long decided = in - t.undecided().size();
        StringBuilder s = new StringBuilder(text(user, "newbusiness.decide.title", roundName(user, t.round()), decided + 1, in,
                t.count(Decision.GO), t.count(Decision.NO_GO), t.target()));
        s.append("\n\n<b>").append(Html.escape(e.label())).append("</b>").append(e.fromPond() ? " 🐟" : "");
        s.append(knownLines(user, t, known));
        s.append("\n\n").append(text(user, "newbusiness.decide.question." + (t.stage().isFinal() ? "final" : "round"),
                text(user, "newbusiness.stage." + t.stage().next().orElse(t.stage()).key + ".name")));
        List<List<Button>> rows = new ArrayList<>();
        rows.add(List.of(new Mark(t.id(), t.round(), e.no(), Decision.GO, -1).button(text(user, "newbusiness.button.go")),
                new Mark(t.id(), t.round(), e.no(), Decision.NO_GO, -1).button(text(user, "newbusiness.button.nogo"))));
        List<Button> more = new ArrayList<>();
        if (t.undecided().size() > 1) {
            more.add(new Skip(t.id(), t.round(), e.no()).button(text(user, "newbusiness.button.later")));
        }
        more.add(new Overview(t.id(), t.round(), 0).button(text(user, "newbusiness.button.overview")));
        rows.add(more);
        if (t.count(Decision.GO) >= t.target() && t.undecided().size() > 0) {
            rows.add(List.of(new RestOut(t.id(), t.round()).button(text(user, "newbusiness.button.restOut", t.undecided().size()))));
        }
        return Reply.withButtons(s.toString(), rows);
    }

    /** What is known of a suspect: its notes, signals and last contact, or that nothing was heard of it. */
    private String knownLines(UserProfile user, Tournament t, Known known) {
        StringBuilder s = new StringBuilder();
        if (known.notes() == 0) {
            s.append("\n").append(text(user, "newbusiness.known.nothing"));
        } else {
            String quoted = known.last().text().length() > QUOTE ? known.last().text().substring(0, QUOTE - 1) + "…" : known.last().text();
            s.append("\n").append(text(user, "newbusiness.known.notes", known.notes(), known.inRound(),
                    shortDay(user, known.last().at().atZone(user.timeZone()).toLocalDate()), quoted));
        }
        known.signals().stream().limit(2).forEach(signal -> s.append("\n").append(text(user, "newbusiness.known.signal",
                signal.sentence(), shortDay(user, signal.on()))));
        if (known.lastContact() != null) {
            s.append("\n").append(text(user, "newbusiness.known.lastContact", day(user, known.lastContact())));
        }
        return s.toString();
    }

    /** All decided: the round's count against the half the next round takes, and the way on. */
    Reply summary(UserProfile user, Tournament t) {
        int in = t.in().size();
        long go = t.count(Decision.GO);
        int target = t.target();
        StringBuilder s = new StringBuilder(text(user, "newbusiness.summary.title", roundName(user, t.round()), go, in - go));
        String key;
        if (go == 0) {
            key = "none";
        } else if (t.stage().isFinal()) {
            key = go == 1 ? "final" : "finalMore";
        } else {
            key = go == target ? "half" : go > target ? "more" : "fewer";
        }
        String next = t.stage().next().map(n -> roundName(user, n.number)).orElse("");
        long weeks = t.weeks();
        boolean ending = go == 0 || t.stage().isFinal();
        s.append("\n\n").append(ending ? text(user, "newbusiness.summary." + key, go, target, in)
                : text(user, "newbusiness.summary." + key, go, target, next, weeks, in));
        List<List<Button>> rows = new ArrayList<>();
        String proceed = go == 0 ? "newbusiness.button.proceed.none" : t.stage().isFinal() ? "newbusiness.button.proceed.final"
                : "newbusiness.button.proceed";
        rows.add(List.of(new Proceed(t.id(), t.round()).button(ending ? text(user, proceed, go) : text(user, proceed, go, next))));
        rows.add(List.of(new Overview(t.id(), t.round(), 0).button(text(user, "newbusiness.button.change"))));
        return Reply.withButtons(s.toString(), rows);
    }

    /** A page of everyone in the round, a button each that changes its decision. */
    Reply overview(UserProfile user, Tournament t, int page) {
        List<Entry> in = t.in();
        int pages = Math.max(1, (in.size() + PAGE - 1) / PAGE);
        int p = Math.min(Math.max(0, page), pages - 1);
        StringBuilder s = new StringBuilder(text(user, "newbusiness.overview.title", roundName(user, t.round()), t.count(Decision.GO),
                t.count(Decision.NO_GO), t.undecided().size(), t.target(), p + 1, pages));
        List<List<Button>> rows = new ArrayList<>();
        for (Entry e : in.subList(p * PAGE, Math.min(in.size(), (p + 1) * PAGE))) {
            Decision next = e.decision() == Decision.GO ? Decision.NO_GO : Decision.GO;
            String mark = e.decision() == null ? "▫️" : e.decision() == Decision.GO ? "✅" : "🐟";
            rows.add(List.of(new Mark(t.id(), t.round(), e.no(), next, p).button(mark + " " + e.name())));
        }
        List<Button> paging = new ArrayList<>();
        if (p > 0) {
            paging.add(new Overview(t.id(), t.round(), p - 1).button("◀️"));
        }
        if (p < pages - 1) {
            paging.add(new Overview(t.id(), t.round(), p + 1).button("▶️"));
        }
        if (!paging.isEmpty()) {
            rows.add(paging);
        }
        rows.add(List.of(new Decide(t.id(), t.round()).button(text(user, t.undecided().isEmpty() ? "newbusiness.button.ready"
                : "newbusiness.button.oneByOne"))));
        return Reply.withButtons(s.toString() + "\n" + text(user, "newbusiness.overview.how"), rows);
    }

    // --- the kweekvijver, the review, history ---------------------------------------------------------------------

    Reply pond(UserProfile user, Tournament t) {
        List<Entry> pond = t.pond();
        StringBuilder s = new StringBuilder(text(user, "newbusiness.pond.title", pond.size()));
        if (pond.isEmpty()) {
            s.append("\n").append(text(user, "newbusiness.pond.empty"));
        }
        pond.stream().sorted(java.util.Comparator.comparing(Entry::outOn).reversed()).limit(40).forEach(e -> s.append("\n🐟 ")
                .append(Html.escape(e.label())).append(" — ").append(text(user, "newbusiness.pond.out", e.outRound(),
                        shortDay(user, e.outOn()))));
        if (pond.size() > 40) {
            s.append("\n…");
        }
        s.append("\n\n").append(text(user, "newbusiness.pond.how"));
        return Reply.withButtons(s.toString(), List.of(List.of(new Show(t.id()).button(text(user, "newbusiness.button.back")))));
    }

    /** The year closed: how far each got, what the rounds took, the winner; and a fresh start. */
    Reply review(UserProfile user, Tournament t) {
        StringBuilder s = new StringBuilder(text(user, "newbusiness.review.title", String.valueOf(t.year()),
                t.closedOn() == null ? "" : day(user, t.closedOn())));
        List<Entry> won = t.winners();
        s.append("\n").append(won.isEmpty() ? text(user, "newbusiness.review.noWinner")
                : text(user, "newbusiness.review.winner", won.size(), names(won.stream().map(Entry::name).toList(), 3)));
        s.append("\n\n").append(text(user, "newbusiness.review.rounds"));
        for (Played p : t.played()) {
            long took = ChronoUnit.WEEKS.between(p.start(), p.decidedOn());
            long days = ChronoUnit.DAYS.between(p.start(), p.decidedOn());
            s.append("\n• ").append(text(user, "newbusiness.review.round", roundName(user, p.round()), p.in(), p.kept(),
                    shortDay(user, p.start()), shortDay(user, p.decidedOn()), took, days % 7));
        }
        if (t.played().isEmpty()) {
            s.append("\n• ").append(text(user, "newbusiness.review.noRounds"));
        }
        s.append("\n\n").append(text(user, "newbusiness.review.reached"));
        for (int r = t.firstRound(); r <= Stage.LAST; r++) {
            int round = r;
            List<String> reached = t.entries().stream().filter(e -> !e.won() && e.reached(t) == round).map(Entry::name).toList();
            if (!reached.isEmpty()) {
                s.append("\n• ").append(roundName(user, r)).append(": ").append(reached.size()).append(" — ")
                        .append(Html.escape(names(reached, 5)));
            }
        }
        long stillIn = t.in().size();
        if (stillIn > 0 && t.status() == Status.CLOSED) {
            s.append("\n").append(text(user, "newbusiness.review.stillIn", stillIn));
        }
        s.append("\n\n").append(text(user, "newbusiness.review.again", t.pond().size()));
        List<List<Button>> rows = new ArrayList<>();
        rows.add(List.of(new NewYear(t.id(), false).button(text(user, "newbusiness.button.newYear"))));
        if (!t.pond().isEmpty()) {
            rows.add(List.of(new NewYear(t.id(), true).button(text(user, "newbusiness.button.newYearPond", t.pond().size()))));
        }
        rows.add(List.of(new History(t.id()).button(text(user, "newbusiness.button.history"))));
        return Reply.withButtons(s.toString(), rows);
    }

    Reply history(UserProfile user, List<Tournament> all) {
        StringBuilder s = new StringBuilder(text(user, "newbusiness.history.title"));
        List<List<Button>> rows = new ArrayList<>();
        for (Tournament t : all) {
            String line = t.status() == Status.CLOSED
                    ? text(user, "newbusiness.history.closed", String.valueOf(t.year()), t.entries().size(),
                            t.winners().isEmpty() ? text(user, "newbusiness.history.noWinner")
                                    : names(t.winners().stream().map(Entry::name).toList(), 2))
                    : text(user, "newbusiness.history.open", String.valueOf(t.year()), t.entries().size());
            s.append("\n• ").append(line);
            rows.add(List.of(new Show(t.id()).button(String.valueOf(t.year()) + (t.status() == Status.CLOSED ? "" : " ▶️")
                    + " · " + t.entries().size())));
        }
        return Reply.withButtons(s.toString(), rows.stream().limit(8).toList());
    }

    /** "A, B, C …": plain text (escaped where it goes into a message). */
    static String names(List<String> names, int most) {
        String shown = String.join(", ", names.stream().limit(most).toList());
        return names.size() > most ? shown + " …" : shown;
    }

    /** What a round's suspects heard of, for the digest and the reminder: the round's suspects without activity. */
    long quiet(Tournament t, UserProfile user) {
        Map<Integer, Known> known = activity.of(t, user.timeZone());
        return t.in().stream().filter(e -> known.getOrDefault(e.no(), Known.NOTHING).inRound() == 0).count();
    }

    Language language(UserProfile user) {
        return user.language();
    }

    /** The result of adding suspects, as the view shows it. */
    record Listed(Tournament tournament, List<String> added, List<String> doubles, int nameless) {
    }
}
