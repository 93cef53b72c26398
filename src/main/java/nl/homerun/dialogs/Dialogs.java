package nl.homerun.dialogs;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.bson.types.ObjectId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import nl.homerun.coach.Button;
import nl.homerun.coach.ChatFeature;
import nl.homerun.coach.Command;
import nl.homerun.coach.CommandSpec;
import nl.homerun.coach.Conversation;
import nl.homerun.coach.ConversationStore;
import nl.homerun.coach.CoreAction;
import nl.homerun.coach.FreeTextHandler;
import nl.homerun.coach.Html;
import nl.homerun.coach.Reply;
import nl.homerun.coach.Turn;
import nl.homerun.contacts.Contact;
import nl.homerun.contacts.ContactFacts;
import nl.homerun.contacts.Contacts;
import nl.homerun.dates.Dates;
import nl.homerun.dialogs.Script.AnswerType;
import nl.homerun.dialogs.Script.Step;
import nl.homerun.followups.FollowUp;
import nl.homerun.followups.FollowUps;

/**
 * Runs the conversation scripts. The session is the user's {@link Conversation}: its step is the question being
 * asked and its state (a {@link DialogState}) holds the answers, written (with a version check) before the next question
 * goes out, so a restart resumes at the same question and a double tap is recognised by the version its button carries.
 */
@Component
class Dialogs implements ChatFeature {

    /** How long after the day of the call a conversation waits for what was said in it. */
    static final java.time.Period WAITS_AFTER_CALL = java.time.Period.ofDays(7);

    private final ScriptLibrary library;
    private final ConversationStore conversations;
    private final DialogRunRepository runs;
    private final FollowUps followUps;
    private final ObjectProvider<FreeTextHandler> notes;
    private final ProgressReport progress;
    private final ContactFacts facts;
    private final Contacts contacts;
    private final PersonBrief brief;
    private final Companies companies;
    private final AccountBrief accountBrief;
    private final ChecklistSteps checklists;
    private final Clock clock;

    Dialogs(ScriptLibrary library, ConversationStore conversations, DialogRunRepository runs, FollowUps followUps,
            ObjectProvider<FreeTextHandler> notes, ProgressReport progress, ContactFacts facts, Contacts contacts,
            PersonBrief brief, Companies companies, AccountBrief accountBrief, ChecklistSteps checklists, Clock clock) {
        this.checklists = checklists;
        this.contacts = contacts;
        this.brief = brief;
        this.companies = companies;
        this.accountBrief = accountBrief;
        this.library = library;
        this.conversations = conversations;
        this.runs = runs;
        this.followUps = followUps;
        this.notes = notes;
        this.progress = progress;
        this.facts = facts;
        this.clock = clock;
    }

    @Override
    public String name() {
        return DialogAction.FEATURE;
    }

    @Override
    public List<CommandSpec> commands() {
        List<CommandSpec> commands = new ArrayList<>();
        for (Script script : library.all()) {
            commands.add(CommandSpec.described(script.commandNl(), script.commandEn(), script.description().nl(),
                    script.description().en()));
        }
        commands.add(new CommandSpec("verder", "resume", "dialogs.resume.description"));
        commands.add(new CommandSpec("voortgang", "progress", "dialogs.progress.description"));
        return commands;
    }

    @Override
    public List<Reply> onCommand(Turn turn, Command command) {
        return switch (command.name()) {
            case "verder", "resume" -> resume(turn);
            case "voortgang", "progress" -> withResumeOffer(turn, progress.report(turn, command.arguments()));
            default -> start(turn, scriptFor(command.name()), command.arguments());
        };
    }

    /** The progress report in the middle of a dialog: the dialog is offered again after it, as after other commands. */
    private List<Reply> withResumeOffer(Turn turn, List<Reply> replies) {
        List<Reply> all = new ArrayList<>(replies);
        conversations.active(turn.userId()).filter(c -> c.feature().equals(name()))
                .flatMap(c -> resumeOffer(turn, c)).ifPresent(all::add);
        return all;
    }

    private Script scriptFor(String command) {
        return library.all().stream().filter(s -> s.commandNl().equals(command) || s.commandEn().equals(command))
                .findFirst().orElseThrow();
    }

    /**
     * Starts a script; while another conversation of a script is under way with answers in it, first asks which of the
     * two to keep.
     */
    private List<Reply> start(Turn turn, Script script, String arguments) {
        Optional<Conversation> current = activeDialog(turn.userId());
        if (current.isPresent() && !DialogState.of(current.get()).answers().isEmpty()) {
            DialogState asked = DialogState.of(current.get()).withNext(DialogState.Next.start(script.id(), arguments.strip()));
            return askWhichToKeep(turn, current.get(), asked, script.title().in(turn.language()));
        }
        return startNow(turn, script, arguments);
    }

    private List<Reply> askWhichToKeep(Turn turn, Conversation current, DialogState state, String newTitle) {
        Optional<Conversation> kept = conversations.advance(current, current.step(), state.toMap());
        if (kept.isEmpty()) {
            return List.of(turn.say("dialogs.stale"));
        }
        Script script = script(current);
        String title = script.title().in(turn.language());
        long version = kept.get().version();
        return List.of(Reply.withButtons(turn.text("dialogs.keepWhich", title, script.indexOf(current.step()) + 1,
                script.steps().size(), newTitle), List.of(
                        List.of(new DialogAction.KeepCurrent(version).button(turn.text("dialogs.button.keepCurrent", title))),
                        List.of(new DialogAction.StartNew(version).button(turn.text("dialogs.button.startNew", newTitle))))));
    }

    private Optional<Conversation> activeDialog(long userId) {
        return conversations.active(userId).filter(c -> c.feature().equals(name()));
    }

    private List<Reply> startNow(Turn turn, Script script, String account) {
        activeDialog(turn.userId()).ifPresent(c -> saveRun(turn, c, false));
        DialogState begun = DialogState.begin(script.id(), new ObjectId().toHexString(),
                script.accountAllowed() ? account.strip() : null, clock.millis());
        Step first = script.steps().get(0);
        Conversation conversation = conversations.start(turn.userId(), name(), first.id(),
                checklists.prepared(turn, script, first, begun).toMap());
        List<Reply> replies = new ArrayList<>();
        String intro = script.intro().in(turn.language());
        if (!intro.isEmpty()) {
            replies.add(Reply.text(Questions.fill(intro, turn.language(), script, Map.of(), account(conversation), 0)));
        }
        Optional<String> name = first.answer().isLookedUp() && !account.isBlank()
                ? nameAndDay(turn, conversation, script, account.strip()) : Optional.empty();
        // reading the name may have kept a day in the state
        conversation = conversations.active(turn.userId()).orElse(conversation);
        if (name.isPresent()) {
            replies.addAll(lookedUp(turn, conversation, script, first, name.get()));
        } else {
            replies.add(question(turn, script, first, conversation));
        }
        return replies;
    }

    /**
     * The name typed after the command, and a day after it ("Sophie overmorgen", "Jan de Vries 12 maart") kept in the
     * state for the date question; empty when what was typed is no name.
     */
    private Optional<String> nameAndDay(Turn turn, Conversation conversation, Script script, String typed) {
        java.time.LocalDate today = turn.user().today(clock);
        AnswerType type = script.steps().get(0).answer();
        String[] words = typed.split("\\s+");
        boolean asksDay = script.steps().stream().anyMatch(s -> s.answer() == AnswerType.DATE);
        for (int cut = Math.max(1, words.length - 4); asksDay && cut < words.length; cut++) {
            String tail = String.join(" ", java.util.Arrays.copyOfRange(words, cut, words.length));
            Optional<LocalDate> day = Dates.readDay(tail, today);
            Optional<String> name = TypedAnswers.read(type, String.join(" ", java.util.Arrays.copyOfRange(words, 0, cut)), today);
            if (day.isPresent() && name.isPresent()) {
                DialogState state = DialogState.of(conversation).withGivenDay(day.get().toString(),
                        script.accountAllowed() ? name.get() : null);
                return conversations.advance(conversation, conversation.step(), state.toMap()).map(moved -> name.get());
            }
        }
        Optional<LocalDate> day = dayInsteadOfName(turn, script, typed);
        if (day.isPresent()) {
            conversations.advance(conversation, conversation.step(),
                    DialogState.of(conversation).withGivenDay(day.get().toString(), null).toMap());
            return Optional.empty();
        }
        return TypedAnswers.read(type, typed, today);
    }

    /** A person or a company typed, looked up in the contacts. */
    private List<Reply> lookedUp(Turn turn, Conversation conversation, Script script, Step step, String typed) {
        return step.answer() == AnswerType.ACCOUNT ? accountTyped(turn, conversation, script, step, typed)
                : nameTyped(turn, conversation, script, step, typed);
    }

    /**
     * The answer to a question for an account, settled against the companies on the contacts: one that the name says
     * is that company, and what is known of it is shown; several, or one found by a person's name, are asked about; none
     * is kept as typed if the user wants to go on with it.
     */
    private List<Reply> accountTyped(Turn turn, Conversation conversation, Script script, Step step, String typed) {
        Companies.Match found = companies.matching(turn.userId(), typed);
        if (found.companies().size() == 1 && !found.byPerson()) {
            return accountSettled(turn, conversation, script, step, found.companies().get(0));
        }
        Optional<Conversation> kept = conversations.advance(conversation, step.id(),
                DialogState.of(conversation).withTypedName(typed).toMap());
        if (kept.isEmpty()) {
            return List.of(turn.say("dialogs.stale"));
        }
        long version = kept.get().version();
        List<List<Button>> rows = new ArrayList<>();
        for (Companies.Company company : found.companies().subList(0, Math.min(8, found.companies().size()))) {
            rows.add(List.of(new DialogAction.PickAccount(version, company.people().get(0).id())
                    .button(Html.toPlainText(turn.text("dialogs.button.account", company.name(), company.people().size())))));
        }
        rows.add(List.of(new DialogAction.KeepName(version).button(Html.toPlainText(turn.text("dialogs.button.keepAccount", typed)))));
        return List.of(Reply.withButtons(turn.text(found.companies().isEmpty() ? "dialogs.account.unknown"
                : "dialogs.account.which", typed), rows));
    }

    private List<Reply> accountSettled(Turn turn, Conversation conversation, Script script, Step step, Companies.Company company) {
        String key = Companies.key(company.name());
        Optional<LocalDate> lastTime = runs.finished(turn.userId()).stream()
                .filter(run -> run.script().equals(script.id()) && run.account() != null && Companies.key(run.account()).equals(key))
                .reduce((first, second) -> second).map(run -> run.endedAt().atZone(turn.user().timeZone()).toLocalDate());
        List<Reply> replies = new ArrayList<>(List.of(accountBrief.of(turn, company, lastTime)));
        return answer(turn, conversation, script, step, company.name(), replies, DialogState.of(conversation));
    }

    /**
     * A day typed where a name was asked ("overmorgen"), in a script that asks for the day later: kept for that
     * question rather than looked up as a person. A contact of that name ("Jan", "Mei") goes first.
     */
    private Optional<LocalDate> dayInsteadOfName(Turn turn, Script script, String typed) {
        if (script.steps().stream().noneMatch(s -> s.answer() == AnswerType.DATE)
                || !contacts.search(turn.userId(), typed).isEmpty()) {
            return Optional.empty();
        }
        return Dates.readDay(typed, turn.user().today(clock));
    }

    /**
     * The answer to a question for a person, settled against the contacts with the matcher the rest of Homerun uses:
     * one match is that contact, and what is known of them is shown; several are asked about; none is offered as a new
     * contact (or the name is kept as typed).
     */
    private List<Reply> nameTyped(Turn turn, Conversation conversation, Script script, Step step, String typed) {
        List<Contact> found = contacts.search(turn.userId(), typed);
        if (found.size() == 1) {
            return answerWithContact(turn, conversation, script, step, found.get(0), List.of());
        }
        Optional<Conversation> kept = conversations.advance(conversation, step.id(),
                DialogState.of(conversation).withTypedName(typed).toMap());
        if (kept.isEmpty()) {
            return List.of(turn.say("dialogs.stale"));
        }
        long version = kept.get().version();
        List<List<Button>> rows = new ArrayList<>();
        for (Contact c : found.subList(0, Math.min(8, found.size()))) {
            rows.add(List.of(new DialogAction.PickContact(version, c.id())
                    .button(c.name() + (c.account() == null ? "" : " — " + c.account()))));
        }
        if (found.isEmpty()) {
            rows.add(List.of(new DialogAction.AddContact(version).button(Html.toPlainText(turn.text("dialogs.button.addContact", typed)))));
        }
        rows.add(List.of(new DialogAction.KeepName(version).button(turn.text("dialogs.button.withoutContact"))));
        return List.of(Reply.withButtons(turn.text(found.isEmpty() ? "dialogs.person.unknown" : "dialogs.person.which", typed),
                rows));
    }

    private List<Reply> answerWithContact(Turn turn, Conversation conversation, Script script, Step step, Contact contact,
            List<Reply> before) {
        List<Reply> replies = new ArrayList<>(before);
        replies.add(brief.of(turn, contact));
        return answer(turn, conversation, script, step, contact.name(), replies,
                DialogState.of(conversation).withContact(contact.id(), contact.name()));
    }

    private List<Reply> resume(Turn turn) {
        Optional<Conversation> active = activeDialog(turn.userId());
        if (active.isEmpty()) {
            return List.of(turn.say("dialogs.resume.none"));
        }
        Conversation conversation = active.get();
        return List.of(question(turn, script(conversation), script(conversation).step(conversation.step()), conversation));
    }

    /** The question of a step as the conversation stands: a checklist with its points, else a question with its buttons. */
    private Reply question(Turn turn, Script script, Step step, Conversation conversation) {
        if (step.answer() == AnswerType.CHECKLIST) {
            return checklists.question(turn, script, step, conversation);
        }
        DialogState state = DialogState.of(conversation);
        return Questions.question(turn, script, step, conversation.version(), state.answers(), state.account());
    }

    @Override
    public List<Reply> onButton(Turn turn, String action) {
        Optional<DialogAction> unpacked = DialogAction.unpack(action);
        if (unpacked.isEmpty()) {
            return List.of(turn.say("dialogs.stale"));
        }
        DialogAction pressed = unpacked.get();
        if (pressed instanceof DialogAction.Resume) {
            return withMarkFirst(Reply.noButtonsInPlace(), resume(turn));
        }
        if (pressed instanceof DialogAction.TakeOffer offer) {
            return takeOffer(turn, offer.runId(), offer.step());
        }
        if (pressed instanceof DialogAction.ResumeRun back) {
            return resumeRun(turn, back.runId());
        }
        if (pressed instanceof DialogAction.OnChecklist checklist) {
            return checklistPressed(turn, checklist);
        }
        long version = ((DialogAction.Asked) pressed).version();
        Optional<Conversation> conversation = activeDialog(turn.userId());
        if (conversation.isEmpty() || conversation.get().version() != version) {
            // answered already (a double tap), or a question of a conversation that is over: its buttons go
            return List.of(Reply.noButtonsInPlace(), turn.say("dialogs.stale"));
        }
        Script script = script(conversation.get());
        Step step = script.step(conversation.get().step());
        if (pressed instanceof DialogAction.Answer answer) {
            return step.values().contains(answer.value())
                    ? withMarkFirst(Questions.answered(turn, script, step, answer.value(), DialogState.of(conversation.get()).answers(),
                            account(conversation.get())).markInPlace(),
                            answer(turn, conversation.get(), script, step, answer.value(), List.of()))
                    : List.of(turn.say("dialogs.stale"));
        }
        if (pressed instanceof DialogAction.KeepCurrent || pressed instanceof DialogAction.StartNew) {
            return withMarkFirst(Reply.noButtonsInPlace(), pressed instanceof DialogAction.StartNew
                    ? startAsked(turn, conversation.get()) : askAgain(turn, conversation.get(), script, step));
        }
        if (pressed instanceof DialogAction.PickContact || pressed instanceof DialogAction.PickAccount
                || pressed instanceof DialogAction.AddContact || pressed instanceof DialogAction.KeepName) {
            return withMarkFirst(Reply.noButtonsInPlace(), nameSettled(turn, conversation.get(), script, step, pressed));
        }
        return withMarkFirst(Reply.noButtonsInPlace(), pressed instanceof DialogAction.PendingAsNote
                ? pendingAsNote(turn, conversation.get(), script, step) : askAgain(turn, conversation.get(), script, step));
    }

    /** The contact meant by a name that fitted several or none: picked, added, or none (the name as typed). */
    private List<Reply> nameSettled(Turn turn, Conversation conversation, Script script, Step step, DialogAction pressed) {
        String typed = DialogState.of(conversation).typedName();
        if (typed == null) {
            return List.of(turn.say("dialogs.stale"));
        }
        if (pressed instanceof DialogAction.PickContact pick && step.answer() == AnswerType.NAME) {
            return contacts.find(turn.userId(), pick.contactId())
                    .map(contact -> answerWithContact(turn, conversation, script, step, contact, List.of()))
                    .orElseGet(() -> List.of(turn.say("coach.button.stale")));
        }
        if (pressed instanceof DialogAction.PickAccount pick && step.answer() == AnswerType.ACCOUNT) {
            return companies.of(turn.userId(), pick.contactId())
                    .map(company -> accountSettled(turn, conversation, script, step, company))
                    .orElseGet(() -> List.of(turn.say("coach.button.stale")));
        }
        if (pressed instanceof DialogAction.PickContact || pressed instanceof DialogAction.PickAccount
                || (pressed instanceof DialogAction.AddContact && step.answer() != AnswerType.NAME)) {
            return List.of(turn.say("coach.button.stale"));
        }
        if (pressed instanceof DialogAction.AddContact) {
            Contact added = contacts.add(turn.userId(), new Contacts.Draft(typed, null, null, null, null, null));
            return answerWithContact(turn, conversation, script, step, added,
                    List.of(turn.say("dialogs.person.added", added.name())));
        }
        return answer(turn, conversation, script, step, typed, List.of());
    }

    /** The conversation asked for while this one ran: this one is left (its answers kept) for it. */
    private List<Reply> startAsked(Turn turn, Conversation current) {
        DialogState.Next asked = DialogState.of(current).next();
        if (asked == null) {
            return List.of(turn.say("dialogs.stale"));
        }
        if (asked.runId() != null) {
            saveRun(turn, current, false);
            conversations.end(current);
            return resumeRun(turn, asked.runId());
        }
        Optional<Script> next = Optional.ofNullable(asked.script()).flatMap(library::find);
        if (next.isEmpty()) {
            return List.of(turn.say("dialogs.stale"));
        }
        return startNow(turn, next.get(), asked.arguments() == null ? "" : asked.arguments());
    }

    /**
     * Back into a run at its first question not answered yet, as from the reminder of the task for its call: the run
     * still under way, or one left earlier (restored from what was kept of it). Another conversation under way is
     * asked about first.
     */
    private List<Reply> resumeRun(Turn turn, String runId) {
        Optional<Conversation> current = activeDialog(turn.userId());
        if (current.isPresent() && runId.equals(DialogState.of(current.get()).runId())) {
            return resume(turn);
        }
        Optional<DialogRun> run = runs.find(turn.userId(), runId).filter(r -> !r.finished());
        Optional<Script> script = run.flatMap(r -> library.find(r.script()));
        if (script.isEmpty()) {
            return List.of(turn.say("coach.button.stale"));
        }
        Step open = script.get().firstOpen(run.get().answers());
        if (open == null) {
            return List.of(turn.say("coach.button.stale"));
        }
        if (current.isPresent() && !DialogState.of(current.get()).answers().isEmpty()) {
            DialogState asked = DialogState.of(current.get()).withNext(DialogState.Next.backTo(runId));
            return askWhichToKeep(turn, current.get(), asked, script.get().title().in(turn.language()));
        }
        DialogRun left = run.get();
        DialogState state = new DialogState(script.get().id(), runId, left.account(), left.startedAt().toEpochMilli(),
                left.answers(), null, left.contactId(), null, null, null, null);
        Conversation restored = conversations.start(turn.userId(), name(), open.id(),
                checklists.prepared(turn, script.get(), open, state).toMap());
        return List.of(question(turn, script.get(), open, restored));
    }

    /** The pressed message marked as answered, before what comes next. */
    private static List<Reply> withMarkFirst(Reply mark, List<Reply> next) {
        List<Reply> replies = new ArrayList<>(List.of(mark));
        replies.addAll(next);
        return replies;
    }

    @Override
    public List<Reply> onText(Turn turn, Conversation conversation, String text) {
        Script script = script(conversation);
        Step step = script.step(conversation.step());
        if (step.answer() == AnswerType.CHECKLIST) {
            return checklistOutcome(turn, conversation, script, step, checklists.typed(turn, conversation, script, step, text), text);
        }
        if (!step.answer().isTyped()) {
            Optional<String> typed = TypedAnswers.asButton(turn.language(), step, text);
            if (typed.isPresent()) {
                return answer(turn, conversation, script, step, typed.get(), List.of());
            }
            return askNoteOrAnswer(turn, conversation, text);
        }
        Optional<String> value = TypedAnswers.read(step.answer(), text, turn.user().today(clock));
        if (value.isEmpty()) {
            String hint = step.answer() == AnswerType.DATE
                    ? turn.text("dialogs.invalid.date", Dates.examples(turn.language()))
                    : turn.text("dialogs.invalid." + step.answer().name().toLowerCase(Locale.ROOT));
            return List.of(Reply.text(hint));
        }
        if (step.answer().isLookedUp()) {
            Optional<LocalDate> day = dayInsteadOfName(turn, script, value.get());
            if (day.isPresent()) {
                return conversations.advance(conversation, step.id(),
                        DialogState.of(conversation).withGivenDay(day.get().toString(), DialogState.of(conversation).account()).toMap())
                        .map(moved -> List.of(turn.say("dialogs.name.isDay", Questions.day(turn.language(), day.get())),
                                question(turn, script, step, moved)))
                        .orElseGet(() -> List.of(turn.say("dialogs.stale")));
            }
            return lookedUp(turn, conversation, script, step, value.get());
        }
        List<Reply> noteReplies = step.answer() == AnswerType.NOTE ? logNote(turn, text) : List.of();
        return answer(turn, conversation, script, step, value.get(), noteReplies);
    }

    /** Records an answer, then asks the next question or, at the end, gives the summary. */
    private List<Reply> answer(Turn turn, Conversation conversation, Script script, Step step, String value, List<Reply> before) {
        return answer(turn, conversation, script, step, value, before, DialogState.of(conversation));
    }

    /** Records an answer in {@code state} (the conversation's, with what was learned with the answer), then goes on. */
    private List<Reply> answer(Turn turn, Conversation conversation, Script script, Step step, String value, List<Reply> before,
            DialogState learned) {
        Step next = script.after(step, value);
        DialogState state = (step.answer() == AnswerType.ACCOUNT ? learned.aboutAccount(value) : learned).answered(step.id(), value);
        if (next != null) {
            state = checklists.prepared(turn, script, next, state);
        }
        String givenDay = next != null && next.answer() == AnswerType.DATE ? state.givenDay() : null;
        if (givenDay != null) {
            state = state.withoutGivenDay();
        }
        Map<String, String> answers = state.answers();
        List<Reply> replies = new ArrayList<>(before);
        Optional<Conversation> moved = next == null
                ? (conversations.end(conversation) ? Optional.of(conversation) : Optional.empty())
                : conversations.advance(conversation, next.id(), state.toMap());
        Conversation answered = moved.isPresent() && next != null ? moved.get() : conversation;
        if (moved.isEmpty()) {
            return List.of(turn.say("dialogs.stale"));
        }
        coaching(turn, script, step, value, answers, answered).ifPresent(replies::add);
        if (step.share() != null) {
            replies.add(Reply.text(Questions.fill(step.share().in(turn.language()), turn.language(), script, answers,
                    state.account(), 0)));
        }
        if (next == null) {
            replies.add(finish(turn, script, withState(conversation, state.toMap()), answers));
        } else if (givenDay != null) {
            return answer(turn, moved.get(), script, next, givenDay, replies);
        } else {
            if (next.answer() == AnswerType.NOTE) {
                // it may wait days for the call: kept now, so that it survives another feature's conversation replacing it
                runs.save(run(moved.get(), answers, false));
            }
            replies.add(question(turn, script, next, moved.get()));
        }
        return replies;
    }

    private Optional<Reply> coaching(Turn turn, Script script, Step step, String value, Map<String, String> answers,
            Conversation conversation) {
        String text = step.coaching(value)
                .map(t -> Questions.fill(t.in(turn.language()), turn.language(), script, answers, account(conversation), 0))
                .orElse("");
        List<List<Button>> buttons = List.of();
        if (step.offer() != null && (step.offer().when().contains(value) || step.offer().when().contains("any"))) {
            DialogAction.TakeOffer offer = new DialogAction.TakeOffer(DialogState.of(conversation).runId(), script.indexOf(step.id()));
            buttons = List.of(List.of(offer.button("📌 " + Html.toPlainText(Questions.fill(step.offer().label().in(turn.language()),
                    turn.language(), script, answers, account(conversation), 0)))));
        }
        if (text.isEmpty() && buttons.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Reply.withButtons(text.isEmpty() ? "📌" : text, buttons));
    }

    private Reply finish(Turn turn, Script script, Conversation conversation, Map<String, String> answers) {
        DialogRun run = run(conversation, answers, true);
        List<DialogRun> earlier = runs.finished(turn.userId(), script.id(), run.account());
        runs.save(run);
        StringBuilder text = new StringBuilder(Questions.fill(script.summary().in(turn.language()), turn.language(), script,
                answers, run.account(), run.score()));
        if (script.scored() && !earlier.isEmpty()) {
            text.append("\n\n").append(Comparison.withPrevious(turn, script, earlier.get(earlier.size() - 1), run));
        }
        text.append("\n\n").append(turn.text("dialogs.finished"));
        List<List<Button>> record = script.steps().stream()
                .filter(s -> s.record() != null && "no".equals(answers.get(s.id())))
                .map(s -> List.of(facts.recordButton(turn, s.record()))).collect(java.util.stream.Collectors.toList());
        if (!record.isEmpty()) {
            text.append("\n\n").append(turn.text("dialogs.record"));
        }
        return Reply.withButtons(text.toString(), record);
    }

    /**
     * The task a step offers: made once, and the button says so from then on. A follow-up is due in a week; the task
     * for a call ({@code call-task}) is due on the day answered, for the contact the conversation is about, and its
     * reminder leads back to the conversation.
     */
    private List<Reply> takeOffer(Turn turn, String runId, int stepIndex) {
        Optional<RunSoFar> run = runSoFar(turn, runId);
        if (run.isEmpty() || stepIndex >= run.get().script().steps().size()
                || run.get().script().steps().get(stepIndex).offer() == null) {
            return List.of(turn.say("coach.button.stale"));
        }
        Script script = run.get().script();
        Step step = script.steps().get(stepIndex);
        boolean call = step.offer().action().equals(Script.CALL_TASK);
        String day = run.get().answers().get(step.id());
        if (call && day == null) {
            return List.of(turn.say("coach.button.stale"));
        }
        String label = Html.toPlainText(Questions.fill(step.offer().label().in(turn.language()), turn.language(), script,
                run.get().answers(), run.get().account(), 0));
        Reply taken = Reply.buttonsInPlace(List.of(List.of(new DialogAction.TakeOffer(runId, stepIndex).button("✔️ " + label))));
        if (!runs.takeOffer(turn.userId(), runId, script.id(), stepIndex)) {
            return List.of(Reply.notice(turn.text("dialogs.offer.exists")), taken);
        }
        String text = Html.toPlainText(Questions.fill(step.offer().task().in(turn.language()), turn.language(), script,
                run.get().answers(), run.get().account(), 0)).replaceAll("[.\\s]+$", "");
        LocalDate due = call ? LocalDate.parse(day) : turn.user().today(clock).plusWeeks(1);
        FollowUp task = followUps.create(turn.userId(), text, due, null, call ? run.get().contactId() : null);
        if (call) {
            runs.linkTask(turn.userId(), runId, script.id(), task.id());
        }
        return List.of(taken, turn.say("dialogs.offer.made", task.text(), Questions.day(turn.language(), due)));
    }

    /** What a run holds so far: the active conversation's, or what was kept of it when it ended. */
    private record RunSoFar(Script script, Map<String, String> answers, String account, String contactId) {
    }

    private Optional<RunSoFar> runSoFar(Turn turn, String runId) {
        Optional<Conversation> active = activeDialog(turn.userId()).filter(c -> runId.equals(DialogState.of(c).runId()));
        if (active.isPresent()) {
            DialogState state = DialogState.of(active.get());
            return Optional.of(new RunSoFar(script(active.get()), state.answers(), state.account(), state.contactId()));
        }
        return runs.find(turn.userId(), runId).flatMap(r -> library.find(r.script())
                .map(script -> new RunSoFar(script, r.answers(), r.account(), r.contactId())));
    }

    /** Until a week after the day of the call when the conversation waits for what was said in it. */
    @Override
    public java.time.Instant closesAt(Conversation conversation, java.time.Duration timeout) {
        java.time.Instant usual = ChatFeature.super.closesAt(conversation, timeout);
        Optional<Script> script = Optional.ofNullable(DialogState.of(conversation).script()).flatMap(library::find);
        if (script.isEmpty() || script.get().indexOf(conversation.step()) < 0
                || script.get().step(conversation.step()).answer() != AnswerType.NOTE) {
            return usual;
        }
        Map<String, String> answers = DialogState.of(conversation).answers();
        return script.get().steps().stream().filter(s -> s.answer() == AnswerType.DATE && answers.containsKey(s.id()))
                .map(s -> LocalDate.parse(answers.get(s.id())).plus(WAITS_AFTER_CALL).atStartOfDay(java.time.ZoneOffset.UTC).toInstant())
                .filter(waits -> waits.isAfter(usual)).findFirst().orElse(usual);
    }

    private List<Reply> askNoteOrAnswer(Turn turn, Conversation conversation, String text) {
        Optional<Conversation> kept = conversations.advance(conversation, conversation.step(),
                DialogState.of(conversation).withPending(text).toMap());
        if (kept.isEmpty()) {
            return List.of(turn.say("dialogs.stale"));
        }
        long version = kept.get().version();
        return List.of(Reply.withButtons(turn.text("dialogs.noteOrAnswer"), List.of(List.of(
                new DialogAction.PendingAsNote(version).button(turn.text("dialogs.button.note")),
                new DialogAction.AskAgain(version).button(turn.text("dialogs.button.back"))))));
    }

    private List<Reply> pendingAsNote(Turn turn, Conversation conversation, Script script, Step step) {
        String pending = DialogState.of(conversation).pending();
        List<Reply> replies = new ArrayList<>(pending == null ? List.of() : logNote(turn, pending));
        replies.addAll(askAgain(turn, conversation, script, step));
        return replies;
    }

    private List<Reply> askAgain(Turn turn, Conversation conversation, Script script, Step step) {
        return conversations.advance(conversation, step.id(), DialogState.of(conversation).withPending(null).toMap())
                .map(moved -> List.of(question(turn, script, step, moved)))
                .orElseGet(() -> List.of(turn.say("dialogs.stale")));
    }

    private List<Reply> logNote(Turn turn, String text) {
        FreeTextHandler handler = notes.getIfAvailable();
        return handler == null ? List.of() : handler.onFreeText(turn, text);
    }

    /**
     * A button under a checklist question: only while the user's own conversation is that run, at that question. A
     * tick or an edit changes the list in place; done answers the question with the list as it stands.
     */
    private List<Reply> checklistPressed(Turn turn, DialogAction.OnChecklist pressed) {
        Optional<Conversation> active = activeDialog(turn.userId()).filter(c -> pressed.runId().equals(DialogState.of(c).runId()));
        Optional<Script> script = active.map(this::script);
        if (script.isEmpty() || pressed.step() >= script.get().steps().size()
                || !script.get().steps().get(pressed.step()).id().equals(active.get().step())
                || script.get().steps().get(pressed.step()).answer() != AnswerType.CHECKLIST) {
            return List.of(Reply.noButtonsInPlace(), turn.say("dialogs.stale"));
        }
        Step step = script.get().steps().get(pressed.step());
        return checklistOutcome(turn, active.get(), script.get(), step, checklists.pressed(turn, active.get(), script.get(), step, pressed),
                null);
    }

    /** What a press or a text at a checklist came to: done answers the question; a long text may be a note. */
    private List<Reply> checklistOutcome(Turn turn, Conversation conversation, Script script, Step step,
            ChecklistSteps.Outcome outcome, String typed) {
        if (outcome instanceof ChecklistSteps.Done done) {
            List<Reply> answered = answer(turn, conversation, script, step, done.list().encode(), List.of());
            return done.mark().map(mark -> withMarkFirst(mark, answered)).orElse(answered);
        }
        if (outcome instanceof ChecklistSteps.Shown shown) {
            return shown.replies();
        }
        return askNoteOrAnswer(turn, conversation, typed);
    }

    /** Keeps what was answered when the user stops or the conversation times out. */
    @Override
    public void onLeave(Turn turn, Conversation conversation) {
        saveRun(turn, conversation, false);
    }

    @Override
    public Optional<Reply> resumeOffer(Turn turn, Conversation conversation) {
        Script script = script(conversation);
        int number = script.indexOf(conversation.step()) + 1;
        return Optional.of(Reply.withButtons(turn.text("dialogs.interrupted", script.title().in(turn.language()), number,
                script.steps().size()), List.of(List.of(new DialogAction.Resume().button(turn.text("dialogs.button.resume")),
                        CoreAction.STOP.button(turn.text("dialogs.button.stop"))))));
    }

    private void saveRun(Turn turn, Conversation conversation, boolean finished) {
        Map<String, String> answers = answers(conversation);
        if (!answers.isEmpty()) {
            runs.save(run(conversation, answers, finished));
        }
    }

    private DialogRun run(Conversation conversation, Map<String, String> answers, boolean finished) {
        Script script = script(conversation);
        double score = script.scored() ? script.steps().stream().filter(s -> s.answer().isScored() && answers.containsKey(s.id()))
                .mapToDouble(s -> s.points(answers.get(s.id()))).sum() : 0;
        DialogState state = DialogState.of(conversation);
        return new DialogRun(state.runId(), conversation.userId(), script.id(), state.account(), finished,
                Instant.ofEpochMilli(state.startedAt()), clock.instant(), answers, score, state.contactId());
    }

    private static Conversation withState(Conversation c, Map<String, Object> state) {
        return new Conversation(c.userId(), c.feature(), c.step(), state, c.version(), c.startedAt(), c.updatedAt(),
                c.message());
    }

    private Script script(Conversation conversation) {
        return library.find(DialogState.of(conversation).script()).orElseThrow(
                () -> new IllegalStateException("A conversation names a script that no longer exists"));
    }

    /** The account the run is about, or null for the whole network. */
    private static String account(Conversation conversation) {
        return DialogState.of(conversation).account();
    }

    private static Map<String, String> answers(Conversation conversation) {
        return new LinkedHashMap<>(DialogState.of(conversation).answers());
    }
}
