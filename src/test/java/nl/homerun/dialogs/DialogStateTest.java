package nl.homerun.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.homerun.coach.Conversation;

/** A run's state is one record, kept in the conversation's stored map and read back the same. */
class DialogStateTest {

    @Test
    void everyPartRoundTripsThroughTheStoredMap() {
        DialogState state = DialogState.begin("aftercare", "6b0f75091cae81e409e2faaf", "Sophie", 1_000L)
                .answered("who", "Sophie de Vries").withContact("6b0f75091cae81e409e2fab0", "Sophie de Vries")
                .withPending("een notitie?").withTypedName("sophie").withGivenDay("2026-03-04", "Sophie de Vries")
                .withNext(DialogState.Next.start("checklist", "Acme"));

        assertThat(DialogState.of(conversation(state.toMap()))).isEqualTo(state);
        assertThat(DialogState.of(conversation(state.withNext(DialogState.Next.backTo("6b0f75091cae81e409e2fab1")).toMap())).next())
                .isEqualTo(DialogState.Next.backTo("6b0f75091cae81e409e2fab1"));
    }

    @Test
    void anAnswerSettlesWhatWaitedOnTheQuestion() {
        DialogState state = DialogState.begin("aftercare", "r", null, 1L).withPending("x").withTypedName("sophie")
                .withNext(DialogState.Next.start("checklist", "")).answered("who", "Sophie");
        assertThat(state.pending()).isNull();
        assertThat(state.typedName()).isNull();
        assertThat(state.next()).isNull();
        assertThat(state.answers()).containsExactly(Map.entry("who", "Sophie"));
    }

    @Test
    void aConversationStoredBeforeTheRecordIsReadAsItWas() {
        DialogState state = DialogState.of(conversation(Map.of("script", "checklist", "run", "r1", "account", "",
                "startedAt", 5L, "answers", Map.of("first", "yes"), "pending", "oeps")));
        assertThat(state).isEqualTo(new DialogState("checklist", "r1", null, 5L, Map.of("first", "yes"), "oeps", null, null,
                null, null, null));
    }

    @Test
    void aChecklistBeingTickedRoundTripsWithItsEditAndMessage() {
        Checklist list = new Checklist(List.of(new Checklist.Point("value", null, null, true),
                new Checklist.Point("added-value", "Jan de Vries (inkoper)", "Jan: kortere levertijden", false),
                new Checklist.Point(null, null, "Nieuwe prijslijst", true)));
        DialogState state = DialogState.begin("account-meeting", "r", "Fabrikam", 1L).answered("account", "Fabrikam")
                .withDraft(new DialogState.Draft("open-goals", list, 1, "42"));

        assertThat(DialogState.of(conversation(state.toMap()))).isEqualTo(state);
        assertThat(state.answered("open-goals", list.encode()).draft()).as("an answer settles the list").isNull();
    }

    private static Conversation conversation(Map<String, Object> state) {
        return new Conversation(1, "dlg", "who", state, 3, Instant.EPOCH, Instant.EPOCH);
    }
}
