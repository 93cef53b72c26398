package nl.homerun.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.homerun.coach.Button;
import nl.homerun.contacts.Contact.Tier;

/** Every button of the accounts feature packs into at most 64 bytes and unpacks to itself; anything else to nothing. */
class AccountActionTest {

    private static final String FABRIKAM = "6b0f75091cae81e409e2faaf";
    private static final String CONTOSO = "6b0f75091cae81e409e2fab0";

    @Test
    void everyActionRoundTripsWithinSixtyFourBytes() {
        List<AccountAction> actions = List.of(new AccountAction.Show(FABRIKAM), new AccountAction.Value(FABRIKAM),
                new AccountAction.SetTier(FABRIKAM, Tier.A), new AccountAction.SetTier(CONTOSO, Tier.C),
                new AccountAction.Score(Long.MAX_VALUE / 10, 5), new AccountAction.Score(7, 0),
                new AccountAction.Typed(12, true), new AccountAction.Typed(12, false),
                new AccountAction.Merge(FABRIKAM, CONTOSO), new AccountAction.Apart(CONTOSO, FABRIKAM),
                new AccountAction.AskMerge(FABRIKAM, CONTOSO));
        for (AccountAction action : actions) {
            Button button = action.button("x"); // the button refuses more than 64 bytes
            assertThat(button.action()).startsWith("acc:");
            assertThat(button.action().getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(Button.MAX_ACTION_BYTES);
            assertThat(AccountAction.unpack(action.pack())).as(action.pack()).contains(action);
        }
    }

    @Test
    void forgedOrUnknownActionsUnpackToNothing() {
        for (String forged : List.of("", "s", "s:nothex", "s:" + FABRIKAM + ":x", "t:" + FABRIKAM + ":D", "t:" + FABRIKAM,
                "sc:12:6", "sc:x:3", "sc:12", "n:12:maybe", "m:" + FABRIKAM + ":" + FABRIKAM, "m:" + FABRIKAM,
                "a:" + FABRIKAM + ":short", "q:" + CONTOSO, "zz:" + FABRIKAM, "v:" + FABRIKAM.toUpperCase())) {
            assertThat(AccountAction.unpack(forged)).as(forged).isEmpty();
        }
    }
}
