package nl.homerun.coach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How the core names the message a reply changes: the pressed one, or none, where the channel did not name it. */
class InPlaceRepliesTest {

    private static final Reply CARD = Reply.withButtons("card", List.of(List.of(new Button("A", "ct:a"))));

    @Test
    void aReplyInPlaceChangesThePressedMessage() {
        List<Reply> placed = Coach.placed(List.of(Reply.notice("Saved"), CARD.inPlace(), Reply.noButtonsInPlace(),
                Reply.text("next")), press("9:4"));

        assertThat(placed).extracting(Reply::edit).containsExactly(null, new Reply.Edit("9:4", false, true),
                new Reply.Edit("9:4", true, false), null);
        assertThat(placed.get(1).buttons()).isEqualTo(CARD.buttons());
    }

    @Test
    void whereThePressedMessageIsNotNamedWhatIsWorthSeeingComesAsANewMessageAndMarksGo() {
        List<Reply> placed = Coach.placed(List.of(CARD.inPlace(), Reply.text("answered").markInPlace(),
                Reply.noButtonsInPlace()), press(null));

        assertThat(placed).containsExactly(CARD);
        assertThat(Coach.placed(List.of(CARD.inPlace()), new InboundEvent(9, 9, "nl", new InboundEvent.Text("hi"))))
                .containsExactly(CARD);
    }

    @Test
    void aMessageNamedEarlierIsKept() {
        assertThat(Coach.placed(List.of(CARD.inPlaceOf("9:2"), CARD.markInPlaceOf("9:3")), press("9:4")))
                .extracting(Reply::edit).containsExactly(new Reply.Edit("9:2", false, true), new Reply.Edit("9:3", false, false));
        assertThat(CARD.inPlaceOf(null)).isEqualTo(CARD);
    }

    @Test
    void onlyATextMessageIsChangedInPlace() {
        Attachment file = new Attachment("a.json", "application/json", new byte[] {1});
        assertThatThrownBy(() -> new Reply("x", List.of(), file, false, new Reply.Edit("9:4", false, true)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCoresButtonsRoundTrip() {
        for (CoreAction action : List.of(CoreAction.STOP, new CoreAction.SwitchLanguage(nl.homerun.users.Language.EN))) {
            assertThat(action.button("x").action()).startsWith("core:");
            assertThat(CoreAction.unpack(action.pack())).contains(action);
        }
        assertThat(CoreAction.unpack("lang:de")).isEmpty();
    }

    private static InboundEvent press(String messageRef) {
        return new InboundEvent(9, 9, "nl", new InboundEvent.ButtonPress("ct:a", messageRef));
    }
}
