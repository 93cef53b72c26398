package nl.homerun.newbusiness;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import nl.homerun.accounts.Account;
import nl.homerun.coach.ChatFeature;
import nl.homerun.coach.Command;
import nl.homerun.coach.CommandSpec;
import nl.homerun.coach.Conversation;
import nl.homerun.coach.ConversationStore;
import nl.homerun.coach.FreeTextHandler;
import nl.homerun.coach.InboundEvent;
import nl.homerun.coach.Reply;
import nl.homerun.plans.PlanButton;
import nl.homerun.coach.Turn;
import nl.homerun.newbusiness.NewBusinessAction.AskWeeks;
import nl.homerun.newbusiness.NewBusinessAction.Close;
import nl.homerun.newbusiness.NewBusinessAction.Decide;
import nl.homerun.newbusiness.NewBusinessAction.Done;
import nl.homerun.newbusiness.NewBusinessAction.History;
import nl.homerun.newbusiness.NewBusinessAction.KeepFirst;
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
import nl.homerun.newbusiness.SuspectList.Candidate;
import nl.homerun.newbusiness.Tournament.Entry;
import nl.homerun.newbusiness.Tournament.Status;
import nl.homerun.newbusiness.Tournaments.NextRound;
import nl.homerun.newbusiness.Tournaments.Outcome;
import nl.homerun.newbusiness.Tournaments.YearWon;

/**
 * New business as a tournament in the chat: {@code /werving} ({@code /newbusiness}) starts a year and lists its
 * suspects (typed, pasted, or a {@code .vcf} / {@code .csv} file, in a short conversation), then shows the round under
 * way with the bracket; its buttons decide GO / NO GO per suspect, end the round, change its length, show the
 * kweekvijver, close the year and start the next. {@code /werving geschiedenis} ({@code history}) lists the years.
 */
@Component
class NewBusinessCommands implements ChatFeature {

    static final String NAME = NewBusinessAction.FEATURE;
    private static final Logger log = LoggerFactory.getLogger(NewBusinessCommands.class);

    private static final CommandSpec WERVING = new CommandSpec("werving", "newbusiness", "newbusiness.description");
    private static final List<String> DONE_WORDS = List.of("klaar", "done", "ok", "oké", "start", "begin", "gereed", "ready");
    private static final List<String> LIST_WORDS = List.of("lijst", "list", "toon", "show");
    private static final List<String> HISTORY_WORDS = List.of("geschiedenis", "history", "historie", "eerder", "jaren", "years");
    private static final Pattern REMOVE = Pattern.compile("(?i)(?:weg|verwijder|schrap|remove|delete|drop)\\s+(.+)");
    /** A name of more words than this is a sentence, not a company: a note typed while names were asked for. */
    static final int MOST_WORDS = 7;

    private final Tournaments tournaments;
    private final NewBusinessView view;
    private final ConversationStore conversations;
    private final ObjectProvider<FreeTextHandler> freeText;
    private final Clock clock;

    NewBusinessCommands(Tournaments tournaments, NewBusinessView view, ConversationStore conversations,
            ObjectProvider<FreeTextHandler> freeText, Clock clock) {
        this.tournaments = tournaments;
        this.view = view;
        this.conversations = conversations;
        this.freeText = freeText;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(WERVING);
    }

    @Override
    public List<Reply> onCommand(Turn turn, Command command) {
        String args = command.arguments().strip().toLowerCase(Locale.ROOT);
        if (HISTORY_WORDS.contains(args)) {
            List<Tournament> all = tournaments.all(turn.userId());
            return all.isEmpty() ? List.of(turn.say("newbusiness.history.none")) : List.of(view.history(turn.user(), all));
        }
        Optional<Tournament> current = tournaments.current(turn.userId());
        if (current.isPresent()) {
            return show(turn, current.get());
        }
        List<Tournament> all = tournaments.all(turn.userId());
        if (!all.isEmpty()) {
            return List.of(view.review(turn.user(), all.get(0)), view.bracket(turn.user(), all.get(0)));
        }
        return begin(turn, List.of());
    }

    /** A new year, its list started with what is carried over; the conversation waits for names. */
    private List<Reply> begin(Turn turn, List<Entry> carried) {
        Tournament t = tournaments.begin(turn.user(), carried);
        conversations.start(turn.userId(), NAME, NewBusinessState.Step.LIST.id, NewBusinessState.listing(t.id()).toMap());
        return List.of(view.intro(turn.user(), t));
    }

    /** The year as it stands: the list being made (and the conversation for it again), or the round and the bracket. */
    private List<Reply> show(Turn turn, Tournament t) {
        if (t.status() == Status.SETUP) {
            conversations.start(turn.userId(), NAME, NewBusinessState.Step.LIST.id, NewBusinessState.listing(t.id()).toMap());
            return List.of(view.intro(turn.user(), t));
        }
        return List.of(view.state(turn.user(), t), view.bracket(turn.user(), t));
    }

    // --- the list, typed or sent ---------------------------------------------------------------------------------

    @Override
    public List<Reply> onText(Turn turn, Conversation conversation, String text) {
        NewBusinessState state = NewBusinessState.of(conversation);
        Optional<Tournament> found = tournaments.find(turn.userId(), state.tournamentId()).filter(t -> t.status() == Status.SETUP);
        if (found.isEmpty()) {
            conversations.end(conversation);
            return List.of(turn.say("newbusiness.unknown"));
        }
        Tournament t = found.get();
        String typed = text.strip().toLowerCase(Locale.ROOT);
        if (DONE_WORDS.contains(typed)) {
            return done(turn, t);
        }
        if (LIST_WORDS.contains(typed)) {
            return List.of(view.list(turn.user(), t, 0));
        }
        Matcher remove = REMOVE.matcher(text.strip());
        if (remove.matches()) {
            Optional<Tournament> removed = tournaments.remove(t, remove.group(1));
            return removed.isEmpty() ? List.of(turn.say("newbusiness.list.notOnIt", remove.group(1).strip()))
                    : List.of(Reply.text(turn.text("newbusiness.list.removed", remove.group(1).strip()) + "\n"
                            + view.countLine(turn.user(), removed.get().entries().size())));
        }
        List<Candidate> candidates = SuspectList.fromText(text);
        if (candidates.stream().anyMatch(c -> c.name().split("\\s+").length > MOST_WORDS) && freeText.getIfAvailable() != null) {
            conversations.end(conversation);
            List<Reply> replies = new ArrayList<>(List.of(turn.say("newbusiness.list.leftForNote", t.entries().size())));
            replies.addAll(freeText.getIfAvailable().onFreeText(turn, text));
            return replies;
        }
        return add(turn, t, candidates, 0);
    }

    @Override
    public Optional<List<Reply>> onDocument(Turn turn, Conversation conversation, InboundEvent.DocumentUpload document) {
        NewBusinessState state = NewBusinessState.of(conversation);
        Optional<Tournament> found = tournaments.find(turn.userId(), state.tournamentId()).filter(t -> t.status() == Status.SETUP);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Tournament t = found.get();
        String fileName = document.fileName() == null ? "?" : document.fileName();
        if (document.size() > SuspectList.MAX_BYTES) {
            return Optional.of(List.of(turn.say("newbusiness.file.tooLarge", fileName, t.entries().size())));
        }
        SuspectList.Read read;
        try {
            read = SuspectList.fromFile(fileName, document.mimeType(), document.content().read());
        } catch (IOException | RuntimeException | LinkageError e) {
            log.warn("Reading a list of suspects failed: {}", e.getClass().getSimpleName());
            read = new SuspectList.Unreadable("csv");
        }
        if (read instanceof SuspectList.Unreadable why) {
            return Optional.of(List.of(turn.say("newbusiness.file." + why.reason(), fileName, t.entries().size())));
        }
        SuspectList.Names names = (SuspectList.Names) read;
        return Optional.of(add(turn, t, names.candidates(), names.nameless()));
    }

    private List<Reply> add(Turn turn, Tournament t, List<Candidate> candidates, int nameless) {
        if (candidates.isEmpty()) {
            return List.of(turn.say("newbusiness.list.noNames", t.entries().size()));
        }
        Optional<Tournaments.Added> added = tournaments.add(t, candidates);
        if (added.isEmpty()) {
            Optional<Tournament> again = tournaments.find(turn.userId(), t.id());
            added = again.flatMap(a -> tournaments.add(a, candidates));
        }
        if (added.isEmpty()) {
            return List.of(turn.say("coach.button.stale"));
        }
        Tournaments.Added a = added.get();
        return List.of(view.added(turn.user(), new NewBusinessView.Listed(a.tournament(), a.added(), a.doubles(), nameless)));
    }

    private List<Reply> done(Turn turn, Tournament t) {
        int size = t.entries().size();
        if (size > Stage.MOST || size < Stage.FEWEST) {
            return List.of(view.added(turn.user(), new NewBusinessView.Listed(t, List.of(), List.of(), 0)));
        }
        return List.of(view.chooseWeeks(turn.user(), t));
    }

    @Override
    public Optional<Reply> resumeOffer(Turn turn, Conversation conversation) {
        return tournaments.find(turn.userId(), NewBusinessState.of(conversation).tournamentId())
                .filter(t -> t.status() == Status.SETUP)
                .map(t -> Reply.text(turn.text("newbusiness.resume", t.entries().size())));
    }

    // --- buttons -----------------------------------------------------------------------------------------------------

    @Override
    public List<Reply> onButton(Turn turn, String packed) {
        Optional<NewBusinessAction> unpacked = NewBusinessAction.unpack(packed);
        if (unpacked.isEmpty()) {
            return List.of(turn.say("coach.button.stale"));
        }
        NewBusinessAction action = unpacked.get();
        Optional<Tournament> found = tournaments.find(turn.userId(), action.tournament());
        if (found.isEmpty()) {
            return List.of(turn.say("newbusiness.unknown"));
        }
        Tournament t = found.get();
        if (action instanceof Show) {
            return t.status() == Status.CLOSED ? List.of(view.review(turn.user(), t), view.bracket(turn.user(), t)) : show(turn, t);
        }
        if (action instanceof History) {
            return List.of(view.history(turn.user(), tournaments.all(turn.userId())));
        }
        if (action instanceof Pond) {
            return List.of(view.pond(turn.user(), t).inPlace());
        }
        if (action instanceof NewYear n) {
            return newYear(turn, t, n.withPond());
        }
        return switch (t.status()) {
            case SETUP -> onSetupButton(turn, t, action);
            case PLAYING -> onPlayingButton(turn, t, action);
            case CLOSED -> List.of(turn.say("newbusiness.closed", String.valueOf(t.year())));
        };
    }

    private List<Reply> onSetupButton(Turn turn, Tournament t, NewBusinessAction action) {
        if (action instanceof Done) {
            return done(turn, t);
        }
        if (action instanceof ShowList l) {
            return List.of(view.list(turn.user(), t, l.page()).inPlace());
        }
        if (action instanceof KeepFirst) {
            List<String> dropped = t.entries().stream().skip(Stage.MOST).map(Entry::name).toList();
            Optional<Tournament> kept = tournaments.keepFirst(t);
            if (kept.isEmpty()) {
                return List.of(turn.say("coach.button.stale"));
            }
            return List.of(Reply.noButtonsInPlace(), turn.say("newbusiness.list.keptFirst", Stage.MOST, dropped.size(),
                    NewBusinessView.names(dropped, 10)), view.chooseWeeks(turn.user(), kept.get()));
        }
        if (action instanceof Weeks w) {
            Optional<Tournament> started = tournaments.start(t, w.weeks(), turn.user().today(clock));
            if (started.isEmpty()) {
                return List.of(turn.say("coach.button.stale"));
            }
            conversations.active(turn.userId()).filter(c -> c.feature().equals(NAME)).ifPresent(conversations::end);
            Tournament s = started.get();
            return List.of(Reply.buttonsInPlace(List.of(view.weekButtons(turn.user(), s, w.weeks()))),
                    Reply.text(turn.text("newbusiness.started", s.entries().size(), w.weeks(),
                            view.roundName(turn.user(), s.round()))), view.state(turn.user(), s), view.bracket(turn.user(), s));
        }
        return List.of(turn.say("newbusiness.notStarted"));
    }

    private List<Reply> onPlayingButton(Turn turn, Tournament t, NewBusinessAction action) {
        if (action instanceof AskWeeks) {
            return List.of(view.lengths(turn.user(), t).inPlace());
        }
        if (action instanceof Weeks w) {
            Optional<Tournament> changed = tournaments.roundLength(t, w.weeks());
            return changed.isEmpty() ? List.of(turn.say("coach.button.stale"))
                    : List.of(Reply.notice(turn.text("newbusiness.length.set", w.weeks())), view.state(turn.user(), changed.get()).inPlace());
        }
        if (action instanceof Close c) {
            if (!c.sure()) {
                return List.of(Reply.withButtons(turn.text("newbusiness.close.ask", String.valueOf(t.year()), t.in().size()),
                        List.of(List.of(new Close(t.id(), true).button(turn.text("newbusiness.button.closeSure")),
                                new Show(t.id()).button(turn.text("newbusiness.button.back"))))).inPlace());
            }
            Optional<Tournament> closed = tournaments.close(turn.user(), t);
            return closed.isEmpty() ? List.of(turn.say("coach.button.stale"))
                    : List.of(Reply.noButtonsInPlace(), view.review(turn.user(), closed.get()), view.bracket(turn.user(), closed.get()));
        }
        int round = roundOf(action);
        if (round < 0) {
            return List.of(turn.say("newbusiness.alreadyStarted"));
        }
        if (round != t.round()) {
            return List.of(turn.say("newbusiness.decided", view.roundName(turn.user(), round)));
        }
        if (action instanceof Decide) {
            return List.of(next(turn, t, 0));
        }
        if (action instanceof Mark m) {
            Optional<Tournament> marked = tournaments.mark(t, m.round(), m.no(), m.decision());
            if (marked.isEmpty()) {
                return List.of(turn.say("coach.button.stale"));
            }
            return List.of((m.page() >= 0 ? view.overview(turn.user(), marked.get(), m.page()) : next(turn, marked.get(), m.no())).inPlace());
        }
        if (action instanceof Skip s) {
            return List.of(next(turn, t, s.no()).inPlace());
        }
        if (action instanceof RestOut) {
            Optional<Tournament> rest = tournaments.restOut(t, round);
            return rest.isEmpty() ? List.of(turn.say("coach.button.stale")) : List.of(view.summary(turn.user(), rest.get()).inPlace());
        }
        if (action instanceof Overview o) {
            return List.of(view.overview(turn.user(), t, o.page()).inPlace());
        }
        if (action instanceof Proceed) {
            return proceed(turn, t);
        }
        return List.of(turn.say("coach.button.stale"));
    }

    /** The next suspect without a decision after number {@code after} (from the start again), or the summary. */
    private Reply next(Turn turn, Tournament t, int after) {
        List<Entry> open = t.undecided();
        if (open.isEmpty()) {
            return view.summary(turn.user(), t);
        }
        Entry e = open.stream().filter(x -> x.no() > after).findFirst().orElse(open.get(0));
        return view.decision(turn.user(), t, e);
    }

    private List<Reply> proceed(Turn turn, Tournament t) {
        if (!t.undecided().isEmpty()) {
            return List.of(turn.say("newbusiness.summary.open", t.undecided().size()));
        }
        String decidedRound = view.roundName(turn.user(), t.round());
        Optional<Outcome> outcome = tournaments.proceed(turn.user(), t, t.round());
        if (outcome.isEmpty()) {
            return List.of(turn.say("coach.button.stale"));
        }
        Tournament after = outcome.get().tournament();
        List<Reply> replies = new ArrayList<>(List.of(Reply.noButtonsInPlace()));
        if (outcome.get() instanceof NextRound next) {
            replies.add(turn.say("newbusiness.next", decidedRound, after.in().size(), next.out(),
                    view.roundName(turn.user(), after.round())));
            replies.add(view.state(turn.user(), after));
        } else if (outcome.get() instanceof YearWon won) {
            for (Account account : won.won()) {
                String congratulations = turn.text("newbusiness.won", account.name(), String.valueOf(after.year()),
                        turn.user().language().format(Tournaments.nextWorkingDay(turn.user().today(clock)),
                                java.time.format.FormatStyle.FULL));
                replies.add(Reply.withButtons(congratulations, List.of(List.of(PlanButton.open(account.id(), turn.text("newbusiness.won.plan"))))));
            }
            replies.add(view.review(turn.user(), after));
        } else {
            replies.add(turn.say("newbusiness.lost", String.valueOf(after.year())));
            replies.add(view.review(turn.user(), after));
        }
        replies.add(view.bracket(turn.user(), after));
        return replies;
    }

    private List<Reply> newYear(Turn turn, Tournament t, boolean withPond) {
        Optional<Tournament> current = tournaments.current(turn.userId());
        if (current.isPresent()) {
            List<Reply> replies = new ArrayList<>(List.of(turn.say("newbusiness.already", String.valueOf(current.get().year()))));
            replies.addAll(show(turn, current.get()));
            return replies;
        }
        if (t.status() != Status.CLOSED) {
            return List.of(turn.say("coach.button.stale"));
        }
        return begin(turn, withPond ? Tournaments.fromPond(t) : List.of());
    }

    private static int roundOf(NewBusinessAction action) {
        if (action instanceof Decide a) {
            return a.round();
        }
        if (action instanceof Mark a) {
            return a.round();
        }
        if (action instanceof Skip a) {
            return a.round();
        }
        if (action instanceof RestOut a) {
            return a.round();
        }
        if (action instanceof Overview a) {
            return a.round();
        }
        if (action instanceof Proceed a) {
            return a.round();
        }
        return -1;
    }
}
