package nl.homerun.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.homerun.coach.Button;
import nl.homerun.signals.SignalType;

/** Every button under a note packs into at most 64 bytes and unpacks to itself; anything else unpacks to nothing. */
class NoteActionTest {

    private static final String NOTE = "6b0f75091cae81e409e2faaf";
    private static final String CONTACT = "6b0f75091cae81e409e2fab0";

    @Test
    void everyActionRoundTrips() {
        List<NoteAction> actions = List.of(new NoteAction.OnSignal(NOTE, 3, NoteAction.SignalOp.DOWN),
                new NoteAction.Retype(NOTE, 0, SignalType.SILENT_COMPLAINT), new NoteAction.Link(NOTE, CONTACT),
                new NoteAction.Link(NOTE, null), new NoteAction.Unlink(NOTE, CONTACT), new NoteAction.People(NOTE),
                new NoteAction.TypeName(NOTE, true), new NoteAction.TypeName(NOTE, false),
                new NoteAction.OnOffer(NOTE, 7, NoteAction.OfferOp.CHANGE), new NoteAction.Edit(NOTE),
                new NoteAction.Delete(NOTE, false), new NoteAction.Delete(NOTE, true), new NoteAction.Keep(NOTE, true),
                new NoteAction.Keep(NOTE, false), new NoteAction.WriteAbout(CONTACT));
        for (NoteAction action : actions) {
            Button button = action.button("x");
            assertThat(button.action()).startsWith("note:");
            assertThat(NoteAction.unpack(action.pack())).contains(action);
        }
    }

    @Test
    void buttonsSentBeforeNotesHadSeveralPeopleStillWork() {
        assertThat(NoteAction.unpack(NOTE + ":1:task")).contains(new NoteAction.OnSignal(NOTE, 1, NoteAction.SignalOp.TASK));
        assertThat(NoteAction.unpack(NOTE + ":0:is-S1")).contains(new NoteAction.Retype(NOTE, 0, SignalType.SILENT_COMPLAINT));
        assertThat(NoteAction.unpack(NOTE + ":c:" + CONTACT)).contains(new NoteAction.Link(NOTE, CONTACT));
    }

    @Test
    void forgedOrUnknownActionsUnpackToNothing() {
        for (String forged : List.of("", "nothex:0:task", NOTE, NOTE + ":0:fly", NOTE + ":c:nothex", NOTE + ":o1:Z",
                NOTE + ":0:is-X9", "about:123", NOTE + ":k", NOTE + ":u:" + CONTACT + "x")) {
            assertThat(NoteAction.unpack(forged)).as(forged).isEmpty();
        }
    }
}
