package nl.homerun.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;

/** The warm-up must read what the first update reads, or it warms nothing; a library update may change that. */
class TelegramWarmUpTest {

    @Test
    void readsEveryKindOfUpdateTheBotAsksFor() throws Exception {
        assertThat(TelegramWarmUp.warmUp()).isTrue();
        var updates = new GetUpdates().deserializeResponse(TelegramWarmUp.UPDATES);
        assertThat(updates).hasSize(3);
        assertThat(updates.get(0).getMessage().getText()).isEqualTo("/start");
        assertThat(updates.get(0).getMessage().getEntities().get(0).getType()).isEqualTo("bot_command");
        assertThat(updates.get(1).getEditedMessage().getText()).isEqualTo("a");
        assertThat(updates.get(2).getCallbackQuery().getData()).isEqualTo("a");
    }
}
