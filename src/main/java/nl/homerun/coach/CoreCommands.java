package nl.homerun.coach;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import nl.homerun.users.Language;
import nl.homerun.users.UserAccounts;

/**
 * {@code /start}, {@code /help} and {@code /stop}: the welcome, the list of commands, and leaving a conversation. First
 * in {@code /help} and the command menu, whatever the other features are called.
 */
@Component
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class CoreCommands implements ChatFeature {

    private static final CommandSpec START = CommandSpec.of("start", "core.start.description");
    private static final CommandSpec HELP = CommandSpec.of("help", "core.help.description");
    private static final CommandSpec STOP = CommandSpec.of("stop", "core.stop.description");

    private final ObjectProvider<Coach> coach;
    private final ConversationStore conversations;
    private final UserAccounts accounts;

    CoreCommands(ObjectProvider<Coach> coach, ConversationStore conversations, UserAccounts accounts) {
        this.coach = coach;
        this.conversations = conversations;
        this.accounts = accounts;
    }

    @Override
    public String name() {
        return CoreAction.FEATURE;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(START, HELP, STOP);
    }

    @Override
    public List<Reply> onCommand(Turn turn, Command command) {
        return switch (command.name()) {
            case "start" -> List.of(welcome(turn));
            case "stop" -> List.of(stop(turn));
            default -> List.of(help(turn));
        };
    }

    private Reply welcome(Turn turn) {
        Language other = turn.language() == Language.NL ? Language.EN : Language.NL;
        return Reply.withButtons(turn.text("core.welcome", turn.user().timeZone().getId()),
                List.of(List.of(new CoreAction.SwitchLanguage(other).button(turn.messages().get(other, "core.welcome.switch")))));
    }

    private Reply help(Turn turn) {
        String commands = coach.getObject().menu(turn.language()).stream()
                .map(entry -> "/" + entry.command() + " — " + Html.escape(entry.description()))
                .collect(Collectors.joining("\n"));
        return Reply.text(turn.text("core.help", commands));
    }

    private Reply stop(Turn turn) {
        Optional<Conversation> conversation = conversations.active(turn.userId());
        if (conversation.isEmpty()) {
            return turn.say("core.stop.nothing");
        }
        coach.getObject().leave(turn, conversation.get());
        return turn.say("core.stop.done");
    }

    /**
     * The stop button under a "go on?" question, which it answers (the question's buttons go), and the welcome's
     * language button: from then on the welcome reads in that language, with a button back.
     */
    @Override
    public List<Reply> onButton(Turn turn, String action) {
        Optional<CoreAction> pressed = CoreAction.unpack(action);
        if (pressed.isPresent() && pressed.get() instanceof CoreAction.SwitchLanguage to) {
            accounts.changeLanguage(turn.userId(), to.language());
            Turn switched = turn.withUser(accounts.find(turn.userId()).orElseThrow());
            return List.of(Reply.notice(switched.text("core.language.changed")), welcome(switched).markInPlace());
        }
        return pressed.map(stop -> List.of(Reply.noButtonsInPlace(), stop(turn)))
                .orElseGet(() -> List.of(turn.say("coach.button.stale")));
    }
}
