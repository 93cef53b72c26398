package nl.homerun.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.homerun.coach.Attachment;
import nl.homerun.coach.Button;
import nl.homerun.coach.Reply;

class OutgoingMessageTest {

    private static final List<List<Button>> BUTTONS = List.of(
            List.of(new Button("Yes", "demo:yes"), new Button("No", "demo:no")),
            List.of(new Button("Later", "demo:later")));
    private static final Attachment FILE =
            new Attachment("export.json", "application/json", "{}".getBytes(StandardCharsets.UTF_8));

    private static String words(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < length; i++) {
            text.append("word").append(i).append(' ');
        }
        return text.substring(0, length).strip() + ".";
    }

    @Test
    void plainReplyIsOneMessageWithItsButtons() {
        List<OutgoingMessage> messages = OutgoingMessage.of(Reply.withButtons("Pick <b>one</b>", BUTTONS));

        assertThat(messages).containsExactly(new OutgoingMessage("Pick <b>one</b>", BUTTONS, null));
    }

    @Test
    void replyWithoutButtonsHasNoButtons() {
        List<OutgoingMessage> messages = OutgoingMessage.of(Reply.text("Hello"));

        assertThat(messages).containsExactly(new OutgoingMessage("Hello", List.of(), null));
    }

    @Test
    void longReplyIsSplitWithTheButtonsOnTheLastPartOnly() {
        String text = words(10_000);

        List<OutgoingMessage> messages = OutgoingMessage.of(Reply.withButtons(text, BUTTONS));

        assertThat(messages).hasSizeGreaterThanOrEqualTo(3);
        assertThat(messages).allSatisfy(m -> {
            assertThat(m.attachment()).isNull();
            assertThat(m.text().length()).isLessThanOrEqualTo(MessageSplitter.TELEGRAM_LIMIT);
        });
        assertThat(messages.subList(0, messages.size() - 1)).allSatisfy(m -> assertThat(m.buttons()).isEmpty());
        assertThat(messages.get(messages.size() - 1).buttons()).isEqualTo(BUTTONS);
        assertThat(String.join(" ", messages.stream().map(OutgoingMessage::text).toList()))
                .isEqualTo(text);
    }

    @Test
    void attachmentWithShortTextIsOneMessageWithTheTextAsCaption() {
        Reply reply = new Reply("Your <b>export</b>", BUTTONS, FILE);

        List<OutgoingMessage> messages = OutgoingMessage.of(reply);

        assertThat(messages).containsExactly(new OutgoingMessage("Your <b>export</b>", BUTTONS, FILE));
    }

    @Test
    void captionOfExactlyTheLimitStaysACaption() {
        String text = "x".repeat(OutgoingMessage.CAPTION_LIMIT);

        List<OutgoingMessage> messages = OutgoingMessage.of(new Reply(text, BUTTONS, FILE));

        assertThat(messages).containsExactly(new OutgoingMessage(text, BUTTONS, FILE));
    }

    @Test
    void attachmentWithTextOverTheCaptionLimitSendsTheTextFirstThenTheBareFileWithButtons() {
        String text = words(OutgoingMessage.CAPTION_LIMIT + 1);
        assertThat(text.length()).isGreaterThan(OutgoingMessage.CAPTION_LIMIT);

        List<OutgoingMessage> messages = OutgoingMessage.of(new Reply(text, BUTTONS, FILE));

        assertThat(messages).containsExactly(
                new OutgoingMessage(text, List.of(), null),
                new OutgoingMessage("", BUTTONS, FILE));
    }

    @Test
    void attachmentWithVeryLongTextSendsSeveralTextsThenTheBareFileWithButtons() {
        String text = words(9_000);

        List<OutgoingMessage> messages = OutgoingMessage.of(new Reply(text, BUTTONS, FILE));

        assertThat(messages).hasSizeGreaterThanOrEqualTo(4);
        List<OutgoingMessage> texts = messages.subList(0, messages.size() - 1);
        assertThat(texts).allSatisfy(m -> {
            assertThat(m.attachment()).isNull();
            assertThat(m.buttons()).isEmpty();
            assertThat(m.text()).isNotBlank();
            assertThat(m.text().length()).isLessThanOrEqualTo(MessageSplitter.TELEGRAM_LIMIT);
        });
        assertThat(String.join(" ", texts.stream().map(OutgoingMessage::text).toList())).isEqualTo(text);
        assertThat(messages.get(messages.size() - 1)).isEqualTo(new OutgoingMessage("", BUTTONS, FILE));
    }

    @Test
    void aChangeToAnEarlierMessageIsOneEditWithItsButtons() {
        Reply card = Reply.withButtons("Card <b>A</b>", BUTTONS).inPlaceOf("9:5");

        assertThat(OutgoingMessage.of(card)).containsExactly(
                new OutgoingMessage("Card <b>A</b>", BUTTONS, null, new Reply.Edit("9:5", false, true)));
        assertThat(OutgoingMessage.of(card).get(0).instead()).contains(new OutgoingMessage("Card <b>A</b>", BUTTONS, null));
        assertThat(OutgoingMessage.of(Reply.text("Answered").markInPlaceOf("9:5")).get(0).instead()).isEmpty();
    }

    @Test
    void onlyTheButtonsOfAnEarlierMessageChange() {
        Reply.Edit edit = new Reply.Edit("9:5", true, false);
        List<OutgoingMessage> messages = OutgoingMessage.of(new Reply("", List.of(), null, false, edit));

        assertThat(messages).containsExactly(new OutgoingMessage("", List.of(), null, edit));
        assertThat(messages.get(0).instead()).isEmpty();
    }

    @Test
    void aChangeToNoMessageInParticularIsANewMessageOrNothing() {
        assertThat(OutgoingMessage.of(Reply.withButtons("Card", BUTTONS).inPlace()))
                .containsExactly(new OutgoingMessage("Card", BUTTONS, null));
        assertThat(OutgoingMessage.of(Reply.text("Answered").markInPlace())).isEmpty();
        assertThat(OutgoingMessage.of(Reply.noButtonsInPlace())).isEmpty();
    }

    @Test
    void aChangeTooLongForOneMessageTakesTheOldButtonsAwayAndComesAnew() {
        String text = words(6_000);
        List<OutgoingMessage> messages = OutgoingMessage.of(Reply.withButtons(text, BUTTONS).inPlaceOf("9:5"));

        assertThat(messages.get(0)).isEqualTo(new OutgoingMessage("", List.of(), null, new Reply.Edit("9:5", true, false)));
        assertThat(messages.subList(1, messages.size())).hasSizeGreaterThanOrEqualTo(2).allSatisfy(m -> assertThat(m.isEdit()).isFalse());
        assertThat(messages.get(messages.size() - 1).buttons()).isEqualTo(BUTTONS);
        assertThat(OutgoingMessage.of(Reply.withButtons(text, BUTTONS).markInPlaceOf("9:5"))).hasSize(1);
    }
}
