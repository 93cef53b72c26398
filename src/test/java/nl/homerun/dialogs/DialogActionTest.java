package nl.homerun.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.homerun.coach.Button;

/** Every button of a conversation is packed and unpacked in one place, fits Telegram's 64 bytes, and nothing else is read. */
class DialogActionTest {

    private static final String RUN = "6b0f75091cae81e409e2faaf";
    private static final String CONTACT = "6b0f75091cae81e409e2fab0";

    @Test
    void eachActionComesBackAsItWasPacked() {
        List<DialogAction> actions = List.of(new DialogAction.Answer(12, "yes"), new DialogAction.PendingAsNote(3),
                new DialogAction.AskAgain(3), new DialogAction.Resume(), new DialogAction.TakeOffer(RUN, 1),
                new DialogAction.PickContact(4, CONTACT), new DialogAction.AddContact(4), new DialogAction.KeepName(4),
                new DialogAction.KeepCurrent(5), new DialogAction.StartNew(5), new DialogAction.ResumeRun(RUN),
                new DialogAction.PickAccount(123456789012L, CONTACT), new DialogAction.Tick(RUN, 2, 19, true),
                new DialogAction.Tick(RUN, 2, 0, false), new DialogAction.ChooseEdit(RUN, 2), new DialogAction.EditPoint(RUN, 2, 7),
                new DialogAction.ShowChecklist(RUN, 2), new DialogAction.ChecklistDone(RUN, 2));
        for (DialogAction action : actions) {
            assertThat(DialogAction.unpack(action.pack())).as(action.pack()).contains(action);
            Button button = action.button("x");
            assertThat(button.action().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(Button.MAX_ACTION_BYTES);
        }
    }

    @Test
    void aButtonSentBeforeReadsTheSame() {
        assertThat(DialogAction.unpack("o:" + RUN + ":3")).contains(new DialogAction.TakeOffer(RUN, 3));
        assertThat(DialogAction.unpack("p:7:" + CONTACT)).contains(new DialogAction.PickContact(7, CONTACT));
    }

    @Test
    void malformedOrForgedFormsAreNothing() {
        for (String forged : List.of("t:" + RUN + ":2-3", "t:" + RUN + ":2-3-2", "t:12:2-3-1", "e:" + RUN + ":2", "e:" + RUN + ":2-3-1",
                "d:" + RUN + ":2-3", "w:" + RUN, "b:7:jan", "b:" + RUN + ":" + CONTACT, "x:" + RUN + ":2", "d:" + RUN + ":123")) {
            assertThat(DialogAction.unpack(forged)).as(forged).isEmpty();
        }
    }
}
