package nl.homerun.plans;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import nl.homerun.accounts.Account;
import nl.homerun.accounts.Accounts;
import nl.homerun.coach.Attachment;
import nl.homerun.coach.Button;
import nl.homerun.coach.ChatFeature;
import nl.homerun.coach.Command;
import nl.homerun.coach.CommandSpec;
import nl.homerun.coach.Conversation;
import nl.homerun.coach.ConversationStore;
import nl.homerun.coach.FreeTextHandler;
import nl.homerun.coach.Html;
import nl.homerun.coach.Reply;
import nl.homerun.coach.Turn;
import nl.homerun.contacts.Contact;
import nl.homerun.contacts.Contact.Tier;
import nl.homerun.dates.Dates;
import nl.homerun.plans.PlanAction.Accept;
import nl.homerun.plans.PlanAction.Add;
import nl.homerun.plans.PlanAction.Anyway;
import nl.homerun.plans.PlanAction.Done;
import nl.homerun.plans.PlanAction.Edit;
import nl.homerun.plans.PlanAction.NotNow;
import nl.homerun.plans.PlanAction.OfActivity;
import nl.homerun.plans.PlanAction.OfPillar;
import nl.homerun.plans.PlanAction.Remove;
import nl.homerun.plans.PlanAction.Reopen;
import nl.homerun.plans.PlanAction.SharePdf;
import nl.homerun.plans.PlanAction.ShareText;
import nl.homerun.plans.PlanAction.Show;
import nl.homerun.users.Language;

/**
 * {@code /plan [account]}: the 4P relationship plan of an A or B account (a C account's after asking; an account
 * without a tier is sent to {@code /waarde} first), or without an account the A and B accounts with and without one.
 * Its buttons open a P, take a suggested activity, start a short conversation to type one's own (text, measurable
 * goal, day) or change one, finish or remove one, and share the plan as a message or a PDF.
 */
@Component
class PlanCommands implements ChatFeature {

    /** The feature's name: the prefix of its buttons and the owner of its conversations. */
    static final String NAME = PlanAction.FEATURE;

    private static final CommandSpec PLAN = new CommandSpec("plan", "plan", "plans.description");
    /** The most accounts offered as buttons when a name fits several. */
    private static final int OFFERED = 8;
    /** Words for "no goal" when a goal is asked. */
    private static final Set<String> NO_GOAL = Set.of("geen", "none", "-", "nee", "no", "geen doel", "no goal", "skip",
            "overslaan");

    private final Plans plans;
    private final PlanView view;
    private final Accounts accounts;
    private final ConversationStore conversations;
    private final Clock clock;
    private final ObjectProvider<FreeTextHandler> notes;

    PlanCommands(Plans plans, PlanView view, Accounts accounts, ConversationStore conversations, Clock clock,
            ObjectProvider<FreeTextHandler> notes) {
        this.plans = plans;
        this.view = view;
        this.accounts = accounts;
        this.conversations = conversations;
        this.clock = clock;
        this.notes = notes;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(PLAN);
    }

    @Override
    public List<Reply> onCommand(Turn turn, Command command) {
        if (!command.hasArguments()) {
            return List.of(view.list(turn));
        }
        String typed = command.arguments().strip();
        List<Account> found = accounts.findByName(turn.userId(), typed);
        if (found.isEmpty()) {
            return List.of(accounts.all(turn.userId()).isEmpty() ? turn.say("plans.list.noAccounts", value(turn))
                    : turn.say("plans.notFound", typed));
        }
        if (found.size() > 1) {
            List<List<Button>> rows = found.stream().limit(OFFERED).map(a -> List.of(new Show(a.id())
                    .button(a.name() + (a.tier() == null ? "" : " (" + a.tier().name() + ")")))).toList();
            return List.of(Reply.withButtons(turn.text("plans.which"), rows));
        }
        return List.of(open(turn, found.get(0)));
    }

    private static String value(Turn turn) {
        return turn.language() == Language.NL ? "/waarde" : "/value";
    }

    /** The plan of an A or B account, or one it already has; a C account is asked about, one without a tier sent to /waarde. */
    private Reply open(Turn turn, Account account) {
        Optional<Plan> plan = plans.of(turn.userId(), account.id()).filter(p -> !p.activities().isEmpty());
        if (plan.isEmpty() && account.tier() == null) {
            return turn.say("plans.untiered", account.name(), value(turn) + " " + account.name());
        }
        if (plan.isEmpty() && account.tier() == Tier.C) {
            return Reply.withButtons(turn.text("plans.c.ask", account.name()), List.of(List.of(
                    new Anyway(account.id()).button(turn.text("plans.c.anyway")),
                    new NotNow(account.id()).button(turn.text("plans.c.notNow")))));
        }
        return view.overview(turn, account, plan, null);
    }

    // --- buttons -----------------------------------------------------------------------------------------------------

    @Override
    public List<Reply> onButton(Turn turn, String packed) {
        Optional<PlanAction> unpacked = PlanAction.unpack(packed);
        if (unpacked.isEmpty()) {
            return List.of(turn.say("coach.button.stale"));
        }
        PlanAction action = unpacked.get();
        long owner = turn.userId();
        Optional<Account> found = accounts.find(owner, action.accountId());
        if (found.isEmpty()) {
            return List.of(turn.say("plans.gone"));
        }
        Account account = found.get();
        Optional<Plan> plan = plans.of(owner, account.id());
        if (action instanceof Show) {
            return List.of(open(turn, account).inPlace());
        }
        if (action instanceof Anyway) {
            return List.of(view.overview(turn, account, plan, null).inPlace());
        }
        if (action instanceof NotNow) {
            return List.of(Reply.text(turn.text("plans.c.ask", account.name()) + "\n\n" + turn.text("plans.c.light")).inPlace());
        }
        if (action instanceof OfPillar p) {
            return List.of(view.pillar(turn, account, plan, p.pillar(), null).inPlace());
        }
        if (action instanceof Accept a) {
            return accept(turn, account, plan, a.suggestion());
        }
        if (action instanceof Add a) {
            PlanState state = PlanState.adding(account.id(), a.pillar());
            conversations.start(owner, NAME, state.step().id, state.toMap());
            return List.of(Reply.text(ask(turn, account, state)));
        }
        if (action instanceof PlanAction.ShareText) {
            return plan.filter(p -> !p.activities().isEmpty())
                    .map(p -> List.of(Reply.text(view.shareText(turn, account, p, today(turn))), turn.say("plans.share.text.hint")))
                    .orElseGet(() -> List.of(turn.say("plans.empty", account.name())));
        }
        if (action instanceof SharePdf) {
            return plan.filter(p -> !p.activities().isEmpty()).map(p -> List.of(pdf(turn, account, p)))
                    .orElseGet(() -> List.of(turn.say("plans.empty", account.name())));
        }
        String activityId = action instanceof PlanAction.OnActivity on ? on.activityId() : null;
        Optional<Activity> activity = plan.flatMap(p -> p.activity(activityId));
        if (activity.isEmpty()) {
            return List.of(turn.say("plans.activity.gone"));
        }
        Activity a = activity.get();
        if (action instanceof OfActivity) {
            return List.of(view.activity(turn, account, a, null).inPlace());
        }
        if (action instanceof Edit e) {
            if (a.done()) {
                return List.of(view.activity(turn, account, a, null).inPlace());
            }
            PlanState state = PlanState.changing(account.id(), a.id(), e.field());
            conversations.start(owner, NAME, state.step().id, state.toMap());
            return List.of(Reply.text(ask(turn, account, state)));
        }
        if (action instanceof Done) {
            plans.finish(owner, account.id(), a.id());
            return List.of(view.pillar(turn, account, plans.of(owner, account.id()), a.pillar(),
                    turn.text("plans.done.said", a.text())).inPlace());
        }
        if (action instanceof Reopen) {
            if (!a.done() || !plans.reopen(owner, account, turn.language(), a.id(), today(turn))) {
                return List.of(view.activity(turn, account, a, null).inPlace());
            }
            Activity open = plans.of(owner, account.id()).flatMap(p -> p.activity(a.id())).orElseThrow();
            return List.of(view.activity(turn, account, open, withTask(turn, account, open, "plans.reopened")).inPlace());
        }
        if (action instanceof Remove) {
            plans.remove(owner, account.id(), a.id());
            return List.of(view.pillar(turn, account, plans.of(owner, account.id()), a.pillar(),
                    turn.text(a.done() || a.taskId() == null ? "plans.removed" : "plans.removed.task", a.text())).inPlace());
        }
        return List.of(turn.say("coach.button.stale"));
    }

    /** A suggestion taken: an activity and its task, planned its number of days from today. */
    private List<Reply> accept(Turn turn, Account account, Optional<Plan> plan, Suggestion suggestion) {
        if (plan.isPresent() && plan.get().took(suggestion)) {
            return List.of(view.pillar(turn, account, plan, suggestion.pillar, null).inPlace());
        }
        LocalDate due = today(turn).plusDays(suggestion.days);
        Optional<Activity> added = plans.add(turn.userId(), account, turn.language(), suggestion.pillar,
                turn.text(suggestion.textKey()), turn.text(suggestion.goalKey()), due, suggestion);
        if (added.isEmpty()) {
            return List.of(turn.say("plans.gone"));
        }
        return List.of(view.pillar(turn, account, plans.of(turn.userId(), account.id()), suggestion.pillar,
                added(turn, account, added.get())).inPlace());
    }

    /** "✅ In het plan: … — een taak op 1 mrt 2027 voor Jan de Vries." */
    private String added(Turn turn, Account account, Activity activity) {
        return withTask(turn, account, activity, "plans.added");
    }

    /** The message {@code key} about the activity, its task's day and, with {@code key.for}, whom the task is for. */
    private String withTask(Turn turn, Account account, Activity activity, String key) {
        Optional<Contact> who = plans.mainContact(turn.userId(), account);
        String day = PlanView.day(turn, activity.due());
        return who.map(c -> turn.text(key + ".for", activity.text(), day, c.name()))
                .orElseGet(() -> turn.text(key, activity.text(), day));
    }

    private LocalDate today(Turn turn) {
        return turn.user().today(clock);
    }

    // --- the conversation --------------------------------------------------------------------------------------------

    /** The question of the step the conversation is at, with what is known so far. */
    private String ask(Turn turn, Account account, PlanState state) {
        String pillar = state.pillar() == null ? "" : PlanView.pillarName(turn, state.pillar());
        return switch (state.step()) {
            case NEW -> turn.text("plans.ask.new", pillar, account.name(), turn.text("plans.example." + state.pillar().key));
            case NEW_GOAL -> turn.text("plans.ask.goal", state.text());
            case NEW_DUE -> turn.text("plans.ask.due", state.text(), Dates.examples(turn.language()));
            case TEXT -> current(turn, account, state).map(a -> turn.text("plans.ask.text", a.text())).orElse("");
            case GOAL -> current(turn, account, state).map(a -> turn.text("plans.ask.goal.change", a.text(),
                    a.goal() == null ? turn.text("plans.goal.none") : a.goal())).orElse("");
            case DUE -> current(turn, account, state).map(a -> turn.text("plans.ask.due.change", a.text(),
                    PlanView.day(turn, a.due()), Dates.examples(turn.language()))).orElse("");
        };
    }

    private Optional<Activity> current(Turn turn, Account account, PlanState state) {
        return plans.of(turn.userId(), account.id()).flatMap(p -> p.activity(state.activityId()));
    }

    @Override
    public Optional<Reply> resumeOffer(Turn turn, Conversation conversation) {
        PlanState state = PlanState.of(conversation);
        return accounts.find(turn.userId(), state.accountId()).map(a -> ask(turn, a, state)).filter(q -> !q.isEmpty())
                .map(q -> Reply.text(turn.text("plans.resume") + "\n" + q));
    }

    @Override
    public List<Reply> onText(Turn turn, Conversation conversation, String text) {
        PlanState state = PlanState.of(conversation);
        Optional<Account> found = accounts.find(turn.userId(), state.accountId());
        if (found.isEmpty()) {
            conversations.end(conversation);
            return List.of(turn.say("plans.gone"));
        }
        Account account = found.get();
        LocalDate today = today(turn);
        return switch (state.step()) {
            case NEW -> {
                TypedActivity typed = TypedActivity.read(text, today);
                if (typed.text() == null) {
                    yield List.of(turn.say("plans.ask.new.again"));
                }
                if (typed.due() != null && typed.due().isBefore(today)) {
                    yield List.of(turn.say("plans.due.past", PlanView.day(turn, typed.due())));
                }
                yield next(turn, conversation, account, state.typed(typed.text(), typed.goal(), typed.due()));
            }
            case NEW_GOAL -> {
                TypedActivity typed = TypedActivity.read(text, today);
                String typedGoal = typed.text() == null ? text.strip() : typed.text(); // a day after the goal is its day
                String goal = NO_GOAL.contains(typedGoal.toLowerCase(Locale.ROOT)) ? "" : typedGoal;
                LocalDate due = typed.due() != null && !typed.due().isBefore(today) ? typed.due() : null;
                yield next(turn, conversation, account, state.typed(null, goal, due));
            }
            case NEW_DUE -> {
                Optional<LocalDate> due = TypedActivity.day(text, today);
                if (due.isEmpty()) {
                    yield notADay(turn, account, state, text);
                }
                if (due.get().isBefore(today)) {
                    yield List.of(turn.say("plans.due.past", PlanView.day(turn, due.get())));
                }
                yield next(turn, conversation, account, state.typed(null, null, due.get()));
            }
            case TEXT -> change(turn, conversation, account, state, text.strip().isEmpty() ? null : a -> a.withText(text.strip()),
                    "plans.changed.text");
            case GOAL -> change(turn, conversation, account, state,
                    a -> a.withGoal(NO_GOAL.contains(text.strip().toLowerCase(Locale.ROOT)) ? null : text.strip()),
                    "plans.changed.goal");
            case DUE -> {
                Optional<LocalDate> due = TypedActivity.day(text, today);
                if (due.isEmpty()) {
                    yield notADay(turn, account, state, text);
                }
                if (due.get().isBefore(today)) {
                    yield List.of(turn.say("plans.due.past", PlanView.day(turn, due.get())));
                }
                yield change(turn, conversation, account, state, a -> a.withDue(due.get()), "plans.changed.due");
            }
        };
    }

    /**
     * Text where a day was asked that is no day: a visit note typed in between (six words or more, no digits: longer than
     * any vague day such as "ergens na de zomer") is filed as a note and the question asked again; anything else is refused with
     * examples. Nothing typed is lost.
     */
    private List<Reply> notADay(Turn turn, Account account, PlanState state, String text) {
        FreeTextHandler handler = notes.getIfAvailable();
        if (handler == null || !looksLikeANote(text)) {
            return List.of(turn.say("plans.due.unreadable", text, Dates.examples(turn.language())));
        }
        List<Reply> replies = new ArrayList<>(List.of(turn.say("plans.due.keptAsNote")));
        replies.addAll(handler.onFreeText(turn, text));
        replies.add(Reply.text(ask(turn, account, state)));
        return replies;
    }

    static boolean looksLikeANote(String text) {
        return text.chars().noneMatch(Character::isDigit) && text.strip().split("\\s+").length >= 6;
    }

    /** A new activity complete: added with its task; else the next question (the goal, then the day). */
    private List<Reply> next(Turn turn, Conversation conversation, Account account, PlanState state) {
        if (!state.complete()) {
            if (conversations.advance(conversation, state.step().id, state.toMap()).isEmpty()) {
                return List.of(turn.say("coach.button.stale"));
            }
            return List.of(Reply.text(ask(turn, account, state)));
        }
        if (!conversations.end(conversation)) {
            return List.of(turn.say("coach.button.stale"));
        }
        Optional<Activity> added = plans.add(turn.userId(), account, turn.language(), state.pillar(), state.text(),
                state.goal().isEmpty() ? null : state.goal(), state.due(), null);
        if (added.isEmpty()) {
            return List.of(turn.say("plans.gone"));
        }
        return List.of(view.pillar(turn, account, plans.of(turn.userId(), account.id()), state.pillar(),
                added(turn, account, added.get())));
    }

    private List<Reply> change(Turn turn, Conversation conversation, Account account, PlanState state,
            java.util.function.UnaryOperator<Activity> change, String said) {
        if (change == null) {
            return List.of(turn.say("plans.ask.new.again"));
        }
        if (!conversations.end(conversation)) {
            return List.of(turn.say("coach.button.stale"));
        }
        if (!plans.change(turn.userId(), account, turn.language(), state.activityId(), change)) {
            return List.of(turn.say("plans.activity.gone"));
        }
        Activity now = current(turn, account, state).orElseThrow();
        return List.of(view.activity(turn, account, now, turn.text(said, PlanView.day(turn, now.due()))));
    }

    // --- the PDF -----------------------------------------------------------------------------------------------------

    private Reply pdf(Turn turn, Account account, Plan plan) {
        List<PlanPdf.Block> blocks = new ArrayList<>();
        String title = turn.text("plans.title", account.name());
        blocks.add(new PlanPdf.Title(Html.toPlainText(title)));
        blocks.add(new PlanPdf.Text(Html.toPlainText(PlanView.tier(turn, account) + " · " + PlanView.day(turn, today(turn))), false));
        List<Contact> people = accounts.contactsOf(turn.userId(), account);
        if (!people.isEmpty()) {
            blocks.add(new PlanPdf.Text(Html.toPlainText(turn.text("plans.share.people", String.join(", ", people.stream()
                    .map(c -> c.name() + (c.role() == null ? "" : " (" + c.role() + ")")).toList()))), false));
        }
        blocks.add(new PlanPdf.Text(Html.toPlainText(view.progress(turn, account, plan)), false));
        for (Pillar pillar : Pillar.values()) {
            blocks.add(new PlanPdf.Heading(pillar.number + ". " + PlanView.pillarName(turn, pillar) + " — "
                    + Html.toPlainText(turn.text("plans.pillar." + pillar.key + ".short")),
                    Html.toPlainText(turn.text("plans.pillar." + pillar.key + ".why"))));
            List<Activity> activities = plan.of(pillar);
            if (activities.isEmpty()) {
                blocks.add(new PlanPdf.Text(Html.toPlainText(turn.text("plans.pillar.empty")), true));
            }
            for (Activity a : activities) {
                String details = (a.goal() == null ? Html.toPlainText(turn.text("plans.goal.none"))
                        : Html.toPlainText(turn.text("plans.goal.word")) + ": " + a.goal())
                        + " · " + Html.toPlainText(turn.text("plans.due", PlanView.day(turn, a.due())))
                        + (a.done() ? " · " + Html.toPlainText(turn.text("plans.pdf.done")) : "");
                blocks.add(new PlanPdf.Item(a.done(), a.text(), details));
            }
        }
        blocks.add(new PlanPdf.Heading(Html.toPlainText(turn.text("plans.pdf.team.title")), null));
        blocks.add(new PlanPdf.Text(Html.toPlainText(turn.text("plans.share.team")), true));
        byte[] pdf = PlanPdf.of(Html.toPlainText(title), blocks);
        return Reply.file(turn.text("plans.share.pdf.caption", account.name()),
                new Attachment("4p-plan-" + slug(account.name()) + ".pdf", "application/pdf", pdf));
    }

    /** "Coöperatie Westland U.A." → "cooperatie-westland-u-a". */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "account" : slug;
    }
}
