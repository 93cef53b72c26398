package nl.homerun.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.homerun.coach.Button;
import nl.homerun.coach.Conversation;

/**
 * The plan's own logic without the chat: an activity typed in one line or in parts, every button packed within
 * Telegram's 64 bytes and back, the conversation's state stored and read, a plan's progress and its suggestions.
 */
class PlanLogicTest {

    private static final String ACCOUNT = "0123456789abcdef01234567";
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");

    @Test
    void anActivityTypedInOneLineIsItsTextGoalAndDay() {
        TypedActivity typed = TypedActivity.read(
                "Factuurproces afstemmen met hun administratie, doel: geen factuur meer terug, vóór 1 maart", TODAY);
        assertThat(typed).isEqualTo(new TypedActivity("Factuurproces afstemmen met hun administratie", "geen factuur meer terug",
                LocalDate.of(2027, 3, 1)));
        assertThat(TypedActivity.read("Review the delivery with the client, goal: a score of 8 or more, by 15 June", TODAY))
                .isEqualTo(new TypedActivity("Review the delivery with the client", "a score of 8 or more", LocalDate.of(2027, 6, 15)));
        assertThat(TypedActivity.read("Lunch met de directeur; doel: zijn prioriteiten kennen; over 3 weken", TODAY))
                .isEqualTo(new TypedActivity("Lunch met de directeur", "zijn prioriteiten kennen", TODAY.plusWeeks(3)));
        assertThat(TypedActivity.read("Samen een dienst bedenken; een voorstel; next Tuesday", TODAY))
                .isEqualTo(new TypedActivity("Samen een dienst bedenken", "een voorstel", LocalDate.of(2026, 12, 8)));
    }

    @Test
    void whatIsNotTypedIsMissingToBeAskedFor() {
        assertThat(TypedActivity.read("Factuurproces afstemmen met hun administratie, vóór 1 maart", TODAY))
                .isEqualTo(new TypedActivity("Factuurproces afstemmen met hun administratie", null, LocalDate.of(2027, 3, 1)));
        assertThat(TypedActivity.read("Escalatiepad afspreken, doel: binnen 24 uur gemeld", TODAY))
                .isEqualTo(new TypedActivity("Escalatiepad afspreken", "binnen 24 uur gemeld", null));
        assertThat(TypedActivity.read("Kwartaaloverleg met de controller", TODAY))
                .isEqualTo(new TypedActivity("Kwartaaloverleg met de controller", null, null));
    }

    @Test
    void aDayOnItsOwnIsReadAsTheRestOfHomerunReadsDays() {
        assertThat(TypedActivity.day("vóór 1 maart", TODAY)).contains(LocalDate.of(2027, 3, 1));
        assertThat(TypedActivity.day("voor 1 maart.", TODAY)).contains(LocalDate.of(2027, 3, 1));
        assertThat(TypedActivity.day("by 3 January", TODAY)).contains(LocalDate.of(2027, 1, 3));
        assertThat(TypedActivity.day("morgen", TODAY)).contains(TODAY.plusDays(1));
        assertThat(TypedActivity.day("32 januari", TODAY)).isEmpty();
        assertThat(TypedActivity.day("zo snel mogelijk", TODAY)).isEmpty();
    }

    @Test
    void everyButtonComesBackAsItselfWithinTelegramsLimit() {
        String activity = "0a1b2c3d";
        List<PlanAction> all = new ArrayList<>(List.of(new PlanAction.Show(ACCOUNT), new PlanAction.Anyway(ACCOUNT),
                new PlanAction.NotNow(ACCOUNT), new PlanAction.ShareText(ACCOUNT), new PlanAction.SharePdf(ACCOUNT),
                new PlanAction.OfActivity(ACCOUNT, activity), new PlanAction.Done(ACCOUNT, activity),
                new PlanAction.Reopen(ACCOUNT, activity), new PlanAction.Remove(ACCOUNT, activity)));
        for (Pillar pillar : Pillar.values()) {
            all.add(new PlanAction.OfPillar(ACCOUNT, pillar));
            all.add(new PlanAction.Add(ACCOUNT, pillar));
        }
        for (Suggestion suggestion : Suggestion.values()) {
            all.add(new PlanAction.Accept(ACCOUNT, suggestion));
        }
        for (PlanAction.Field field : PlanAction.Field.values()) {
            all.add(new PlanAction.Edit(ACCOUNT, activity, field));
        }
        for (PlanAction action : all) {
            String packed = action.button("x").action();
            assertThat(packed).startsWith("plan:");
            assertThat(packed.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(Button.MAX_ACTION_BYTES);
            assertThat(PlanAction.unpack(packed.substring("plan:".length()))).as(packed).contains(action);
        }
    }

    @Test
    void whatThisVersionDoesNotKnowUnpacksToNothing() {
        for (String packed : List.of("", "s:", "s:XYZ", "p:" + ACCOUNT + ":5", "a:" + ACCOUNT + ":z9", "x:" + ACCOUNT + ":123",
                "e:" + ACCOUNT + ":0a1b2c3d:q", "q:" + ACCOUNT, "s:" + ACCOUNT + ":extra")) {
            assertThat(PlanAction.unpack(packed)).as(packed).isEmpty();
        }
    }

    @Test
    void theConversationsStateIsStoredAndReadBack() {
        PlanState asked = PlanState.adding(ACCOUNT, Pillar.PROCESS).typed("Factuurproces afstemmen", null, null);
        assertThat(asked.step()).isEqualTo(PlanState.Step.NEW_GOAL);
        PlanState goal = asked.typed(null, "geen factuur terug", null);
        assertThat(goal.step()).isEqualTo(PlanState.Step.NEW_DUE);
        PlanState complete = goal.typed(null, null, LocalDate.of(2027, 3, 1));
        assertThat(complete.complete()).isTrue();
        for (PlanState state : List.of(asked, goal, complete, PlanState.changing(ACCOUNT, "0a1b2c3d", PlanAction.Field.DUE))) {
            Conversation stored = new Conversation(1, "plan", state.step().id, state.toMap(), 1, NOW, NOW);
            assertThat(PlanState.of(stored)).isEqualTo(state);
        }
        assertThat(PlanState.of(new Conversation(1, "plan", "new", Map.of("account", ACCOUNT, "pillar", "other"), 1, NOW, NOW))
                .pillar()).isNull();
    }

    @Test
    void aPlansProgressIsItsActivitiesDonePerPAndTheSuggestionsTakenAreNotOfferedAgain() {
        Activity invoices = activity("00000001", Pillar.PROCESS, LocalDate.of(2027, 3, 1), Suggestion.INVOICES.code);
        Activity lunch = activity("00000002", Pillar.PERSON, LocalDate.of(2026, 12, 20), null);
        Activity review = activity("00000003", Pillar.PROJECT, LocalDate.of(2026, 12, 10), null).finished(NOW);
        Plan plan = Plan.empty(ACCOUNT, 7, NOW).with(invoices).with(lunch).with(review);

        assertThat(plan.finished()).isOne();
        assertThat(plan.finished(Pillar.PROJECT)).isOne();
        assertThat(plan.finished(Pillar.PROCESS)).isZero();
        assertThat(plan.next()).contains(lunch);
        assertThat(plan.took(Suggestion.INVOICES)).isTrue();
        assertThat(plan.took(Suggestion.ESCALATION)).isFalse();
        assertThat(plan.withTask("task-00000001")).contains(invoices);

        Plan changed = plan.changed(lunch.id(), a -> a.withDue(LocalDate.of(2027, 4, 1)).withGoal("drie prioriteiten"));
        assertThat(changed.activity(lunch.id()).orElseThrow().goal()).isEqualTo("drie prioriteiten");
        assertThat(changed.next()).contains(invoices);
        assertThat(changed.without(invoices.id()).of(Pillar.PROCESS)).isEmpty();
    }

    @Test
    void aMergedAccountsPlanJoinsThePlanOfTheAccountItWentInto() {
        Plan gone = Plan.empty("gone", 7, NOW.minusSeconds(3600)).with(activity("00000001", Pillar.PROCESS, TODAY, null));
        Plan kept = Plan.empty(ACCOUNT, 7, NOW).with(activity("00000002", Pillar.PERSON, TODAY, null));
        Plan merged = gone.movedInto(ACCOUNT, kept);
        assertThat(merged.accountId()).isEqualTo(ACCOUNT);
        assertThat(merged.activities()).extracting(Activity::id).containsExactly("00000002", "00000001");
        assertThat(merged.createdAt()).isEqualTo(gone.createdAt());
        assertThat(gone.movedInto(ACCOUNT, null).activities()).hasSize(1);
    }

    @Test
    void everyPHasSuggestionsAndEverySuggestionIsPlannedAhead() {
        for (Pillar pillar : Pillar.values()) {
            assertThat(Suggestion.of(pillar)).as(pillar.key).hasSizeGreaterThanOrEqualTo(3);
        }
        for (Suggestion suggestion : Suggestion.values()) {
            assertThat(suggestion.days).isPositive();
            assertThat(Suggestion.of(suggestion.code)).contains(suggestion);
        }
    }

    @Test
    void aFileNameIsTheAccountsNameWithoutAccentsOrPunctuation() {
        assertThat(PlanCommands.slug("Coöperatie Westland Fruit U.A.")).isEqualTo("cooperatie-westland-fruit-u-a");
        assertThat(PlanCommands.slug("???")).isEqualTo("account");
    }

    private static Activity activity(String id, Pillar pillar, LocalDate due, String suggestion) {
        return new Activity(id, pillar, "activiteit " + id, null, due, "task-" + id, false, null, suggestion, NOW);
    }
}
