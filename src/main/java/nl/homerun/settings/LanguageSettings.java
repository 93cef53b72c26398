package nl.homerun.settings;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.homerun.coach.Button;
import nl.homerun.coach.ChatFeature;
import nl.homerun.coach.Command;
import nl.homerun.coach.CommandSpec;
import nl.homerun.coach.Reply;
import nl.homerun.coach.Turn;
import nl.homerun.users.Language;
import nl.homerun.users.UserAccounts;

/** {@code /taal} and {@code /language}: switch between Dutch and English, by button or by argument. */
@Component
class LanguageSettings implements ChatFeature {

    private final UserAccounts accounts;

    LanguageSettings(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public String name() {
        return LanguageChoice.FEATURE;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(new CommandSpec("taal", "language", "settings.language.description"));
    }

    @Override
    public List<Reply> onCommand(Turn turn, Command command) {
        if (!command.hasArguments()) {
            return List.of(Reply.withButtons(turn.text("settings.language.choose"), choices(turn.language())));
        }
        return parse(command.arguments())
                .map(language -> switchTo(turn, language))
                .orElseGet(() -> List.of(turn.say("settings.language.unknown", command.arguments())));
    }

    /** The two languages, the one spoken marked. */
    private static List<List<Button>> choices(Language spoken) {
        return List.of(List.of(new LanguageChoice(Language.NL, true).button(mark(spoken == Language.NL) + "🇳🇱 Nederlands"),
                new LanguageChoice(Language.EN, true).button(mark(spoken == Language.EN) + "🇬🇧 English")));
    }

    private static String mark(boolean chosen) {
        return chosen ? "✓ " : "";
    }

    /** A language chosen under /taal: said in place of the question, the choice marked, so it can be changed back. */
    @Override
    public List<Reply> onButton(Turn turn, String action) {
        return LanguageChoice.unpack(action).map(choice -> {
            List<Reply> said = switchTo(turn, choice.language());
            return choice.inPlace() ? List.of(Reply.withButtons(said.get(0).text(), choices(choice.language())).inPlace()) : said;
        }).orElseGet(() -> List.of(turn.say("coach.button.stale")));
    }

    private List<Reply> switchTo(Turn turn, Language language) {
        accounts.changeLanguage(turn.userId(), language);
        Turn changed = turn.withUser(accounts.find(turn.userId()).orElseThrow());
        return List.of(changed.say("settings.language.changed"));
    }

    static Optional<Language> parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "nl", "nederlands", "dutch", "nederland" -> Optional.of(Language.NL);
            case "en", "english", "engels" -> Optional.of(Language.EN);
            default -> Optional.empty();
        };
    }
}
