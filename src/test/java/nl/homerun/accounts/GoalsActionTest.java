package nl.homerun.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.homerun.coach.Button;
import nl.homerun.contacts.Contact.Tier;

/** Every button of goals and revenue packs into at most 64 bytes and unpacks to itself; nothing else unpacks. */
class GoalsActionTest {

    private static final String ID = "0123456789abcdef01234567";

    @Test
    void everyActionComesBackAsItselfWithinTelegramsLimit() {
        List<GoalsAction> all = List.of(new GoalsAction.AskRevenue(ID), new GoalsAction.RecordRevenue(ID, 2026, Amounts.MOST),
                new GoalsAction.ShowAccount(ID), new GoalsAction.AccountGoal(ID), new GoalsAction.SetAccountGoal(ID, -100),
                new GoalsAction.SetAccountGoal(ID, 500), new GoalsAction.SetAccountGoal(ID, null), new GoalsAction.TypeAccountGoal(ID),
                new GoalsAction.AccountChart(ID), new GoalsAction.TierGoal(Tier.B), new GoalsAction.SetTierGoal(Tier.A, 25),
                new GoalsAction.SetTierGoal(Tier.C, -5), new GoalsAction.SetTierGoal(Tier.A, null), new GoalsAction.TypeTierGoal(Tier.C),
                new GoalsAction.Overview(2026));
        for (GoalsAction action : all) {
            String packed = action.button("x").action();
            assertThat(packed).startsWith("goal:");
            assertThat(packed.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(Button.MAX_ACTION_BYTES);
            assertThat(GoalsAction.unpack(packed.substring("goal:".length()))).as(packed).contains(action);
        }
    }

    @Test
    void whatThisVersionDoesNotKnowUnpacksToNothing() {
        for (String packed : List.of("", "rev:", "rev:XYZ", "rev:" + ID + ":26:5", "tg:D", "tg:A:x", "ag:" + ID + ":1234",
                "all:26", "chart:abc", "rev:" + ID + ":2026:12345678901234")) {
            assertThat(GoalsAction.unpack(packed)).as(packed).isEmpty();
        }
    }
}
