package nl.homerun.telegram;

import java.util.List;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;

import nl.homerun.coach.Coach;
import nl.homerun.users.Language;
import nl.homerun.users.LanguageChanged;

/**
 * The command menu Telegram shows next to the input field: English by default, Dutch for Dutch apps, and for a
 * user who picked a language in the bot, that language in their chat.
 */
class CommandMenu {

    private final Coach coach;
    private final BotApi api;

    CommandMenu(Coach coach, BotApi api) {
        this.coach = coach;
        this.api = api;
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() {
        api.fireAndForget(SetMyCommands.builder().commands(commands(Language.EN)).build());
        api.fireAndForget(SetMyCommands.builder().commands(commands(Language.NL)).languageCode("nl").build());
    }

    @EventListener
    void on(LanguageChanged change) {
        api.fireAndForget(SetMyCommands.builder().commands(commands(change.language()))
                .scope(new BotCommandScopeChat(String.valueOf(change.userId()))).build());
    }

    private List<BotCommand> commands(Language language) {
        return coach.menu(language).stream().map(entry -> new BotCommand(entry.command(), entry.description())).toList();
    }
}
