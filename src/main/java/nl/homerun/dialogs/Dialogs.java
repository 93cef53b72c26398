package nl.homerun.dialogs;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
import nl.homerun.coach.Reply;
import nl.homerun.coach.Turn;
import nl.homerun.contacts.ContactFacts;
import nl.homerun.dates.Dates;
import nl.homerun.dialogs.Script.AnswerType;
import nl.homerun.dialogs.Script.Step;
import nl.homerun.followups.FollowUp;
import nl.homerun.followups.FollowUps;

/**
 * Runs the conversation scripts. The session is the user's {@link Conversation}: its step is the question being
 * asked and its state holds the answers, written (with a version check) before the next question goes out, so a
 * restart resumes at the same question and a double tap is recognised by the version its button carries.
 */
@Component
class Dialogs implements ChatFeature {

    private static final String SCRIPT = "script";
    private static final String RUN = "run";
    private static final String ACCOUNT = "account";
    private static final String STARTED = "startedAt";
    private static final String ANSWERS = "answers";
    private static final String PENDING = "pending";

    private final ScriptLibrary library;
    private final ConversationStore conversations;
    private final DialogRunRepository runs;
    private final FollowUps followUps;
    private final ObjectProvider<FreeTextHandler> notes;
    private final ProgressReport progress;
    private final ContactFacts facts;
    private final Clock clock;

    Dialogs(ScriptLibrary library, ConversationStore conversations, DialogRunRepository runs, FollowUps followUps,
            ObjectProvider<FreeTextHandler> notes, ProgressReport progress, ContactFacts facts, Clock clock) {
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

    private List<Reply> start(Turn turn, Script script, String account) {
        conversations.active(turn.userId()).filter(c -> c.feature().equals(name())).ifPresent(c -> saveRun(turn, c, false));
        Map<String, Object> state = new HashMap<>();
        state.put(SCRIPT, script.id());
        state.put(RUN, new ObjectId().toHexString());
        state.put(ACCOUNT, script.accountAllowed() ? account.strip() : "");
        state.put(STARTED, clock.millis());
        state.put(ANSWERS, Map.of());
        Step first = script.steps().get(0);
        Conversation conversation = conversations.start(turn.userId(), name(), first.id(), state);
        List<Reply> replies = new ArrayList<>();
        String intro = script.intro().in(turn.language());
        if (!intro.isEmpty()) {
            replies.add(Reply.text(Questions.fill(intro, turn.language(), script, Map.of(), account(conversation), 0)));
        }
        replies.add(Questions.question(turn, script, first, conversation.version()));
        return replies;
    }

    private List<Reply> resume(Turn turn) {
        Optional<Conversation> active = conversations.active(turn.userId()).filter(c -> c.feature().equals(name()));
        if (active.isEmpty()) {
            return List.of(turn.say("dialogs.resume.none"));
        }
        Conversation conversation = active.get();
        return List.of(Questions.question(turn, script(conversation), script(conversation).step(conversation.step()),
                conversation.version()));
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
        long version = pressed instanceof DialogAction.Answer a ? a.version()
                : pressed instanceof DialogAction.PendingAsNote n ? n.version() : ((DialogAction.AskAgain) pressed).version();
        Optional<Conversation> conversation = conversations.active(turn.userId()).filter(c -> c.feature().equals(name()));
        if (conversation.isEmpty() || conversation.get().version() != version) {
            // answered already (a double tap), or a question of a conversation that is over: its buttons go
            return List.of(Reply.noButtonsInPlace(), turn.say("dialogs.stale"));
        }
        Script script = script(conversation.get());
        Step step = script.step(conversation.get().step());
        if (pressed instanceof DialogAction.Answer answer) {
            return step.values().contains(answer.value())
                    ? withMarkFirst(Questions.answered(turn, script, step, answer.value()).markInPlace(),
                            answer(turn, conversation.get(), script, step, answer.value(), List.of()))
                    : List.of(turn.say("dialogs.stale"));
        }
        return withMarkFirst(Reply.noButtonsInPlace(), pressed instanceof DialogAction.PendingAsNote
                ? pendingAsNote(turn, conversation.get(), script, step) : askAgain(turn, conversation.get(), script, step));
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
        List<Reply> noteReplies = step.answer() == AnswerType.NOTE ? logNote(turn, text) : List.of();
        return answer(turn, conversation, script, step, value.get(), noteReplies);
    }

    /** Records an answer, then asks the next question or, at the end, gives the summary. */
    private List<Reply> answer(Turn turn, Conversation conversation, Script script, Step step, String value, List<Reply> before) {
        Map<String, String> answers = answers(conversation);
        answers.put(step.id(), value);
        Step next = script.after(step, value);
        Map<String, Object> state = new HashMap<>(conversation.state());
        state.put(ANSWERS, answers);
        state.remove(PENDING);
        List<Reply> replies = new ArrayList<>(before);
        Optional<Conversation> moved = next == null
                ? (conversations.end(conversation) ? Optional.of(conversation) : Optional.empty())
                : conversations.advance(conversation, next.id(), state);
        if (moved.isEmpty()) {
            return List.of(turn.say("dialogs.stale"));
        }
        coaching(turn, script, step, value, answers, conversation).ifPresent(replies::add);
        if (next == null) {
            replies.add(finish(turn, script, conversation, answers));
        } else {
            replies.add(Questions.question(turn, script, next, moved.get().version()));
        }
        return replies;
    }

    private Optional<Reply> coaching(Turn turn, Script script, Step step, String value, Map<String, String> answers,
            Conversation conversation) {
        String text = step.coaching(value)
                .map(t -> Questions.fill(t.in(turn.language()), turn.language(), script, answers, account(conversation), 0))
                .orElse("");
        List<List<Button>> buttons = List.of();
        if (step.offer() != null && step.offer().when().contains(value)) {
            DialogAction.TakeOffer offer = new DialogAction.TakeOffer((String) conversation.state().get(RUN), script.indexOf(step.id()));
            buttons = List.of(List.of(offer.button("📌 " + step.offer().label().in(turn.language()))));
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

    /** The task a step offers: made once, and the button says so from then on. */
    private List<Reply> takeOffer(Turn turn, String runId, int stepIndex) {
        Optional<Script> script = conversationsScript(turn, runId);
        if (script.isEmpty() || stepIndex >= script.get().steps().size() || script.get().steps().get(stepIndex).offer() == null) {
            return List.of(turn.say("coach.button.stale"));
        }
        Step step = script.get().steps().get(stepIndex);
        Reply taken = Reply.buttonsInPlace(List.of(List.of(new DialogAction.TakeOffer(runId, stepIndex)
                .button("✔️ " + step.offer().label().in(turn.language())))));
        if (!runs.takeOffer(turn.userId(), runId, script.get().id(), stepIndex)) {
            return List.of(Reply.notice(turn.text("dialogs.offer.exists")), taken);
        }
        LocalDate due = turn.user().today(clock).plusWeeks(1);
        FollowUp task = followUps.create(turn.userId(), step.offer().task().in(turn.language()).replaceAll("[.\\s]+$", ""), due);
        return List.of(taken, turn.say("dialogs.offer.made", task.text(), Questions.day(turn.language(), due)));
    }

    /** The script of a run: the active conversation's, or a finished run's. */
    private Optional<Script> conversationsScript(Turn turn, String runId) {
        Optional<Conversation> active = conversations.active(turn.userId())
                .filter(c -> c.feature().equals(name()) && runId.equals(c.state().get(RUN)));
        if (active.isPresent()) {
            return Optional.of(script(active.get()));
        }
        return runs.finished(turn.userId()).stream().filter(r -> r.id().equals(runId)).findFirst()
                .flatMap(r -> library.find(r.script()));
    }

    private List<Reply> askNoteOrAnswer(Turn turn, Conversation conversation, String text) {
        Map<String, Object> state = new HashMap<>(conversation.state());
        state.put(PENDING, text);
        Optional<Conversation> kept = conversations.advance(conversation, conversation.step(), state);
        if (kept.isEmpty()) {
            return List.of(turn.say("dialogs.stale"));
        }
        long version = kept.get().version();
        return List.of(Reply.withButtons(turn.text("dialogs.noteOrAnswer"), List.of(List.of(
                new DialogAction.PendingAsNote(version).button(turn.text("dialogs.button.note")),
                new DialogAction.AskAgain(version).button(turn.text("dialogs.button.back"))))));
    }

    private List<Reply> pendingAsNote(Turn turn, Conversation conversation, Script script, Step step) {
        Object pending = conversation.state().get(PENDING);
        List<Reply> replies = new ArrayList<>(pending == null ? List.of() : logNote(turn, pending.toString()));
        replies.addAll(askAgain(turn, conversation, script, step));
        return replies;
    }

    private List<Reply> askAgain(Turn turn, Conversation conversation, Script script, Step step) {
        Map<String, Object> state = new HashMap<>(conversation.state());
        state.remove(PENDING);
        return conversations.advance(conversation, step.id(), state)
                .map(moved -> List.of(Questions.question(turn, script, step, moved.version())))
                .orElseGet(() -> List.of(turn.say("dialogs.stale")));
    }

    private List<Reply> logNote(Turn turn, String text) {
        FreeTextHandler handler = notes.getIfAvailable();
        return handler == null ? List.of() : handler.onFreeText(turn, text);
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
        Object started = conversation.state().get(STARTED);
        return new DialogRun((String) conversation.state().get(RUN), conversation.userId(), script.id(),
                account(conversation), finished,
                started instanceof Number n ? Instant.ofEpochMilli(n.longValue()) : conversation.startedAt(),
                clock.instant(), answers, score);
    }

    private Script script(Conversation conversation) {
        return library.find((String) conversation.state().get(SCRIPT)).orElseThrow(
                () -> new IllegalStateException("A conversation names a script that no longer exists"));
    }

    /** The account the run is about, or null for the whole network. */
    private static String account(Conversation conversation) {
        Object account = conversation.state().get(ACCOUNT);
        return account == null || account.toString().isBlank() ? null : account.toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> answers(Conversation conversation) {
        Object answers = conversation.state().get(ANSWERS);
        Map<String, String> copy = new LinkedHashMap<>();
        if (answers instanceof Map<?, ?> map) {
            map.forEach((k, v) -> copy.put(String.valueOf(k), String.valueOf(v)));
        }
        return copy;
    }
}
