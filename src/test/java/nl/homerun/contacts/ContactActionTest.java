package nl.homerun.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.homerun.coach.Button;

/** Every button of the contacts feature packs into at most 64 bytes and unpacks to itself; anything else to nothing. */
class ContactActionTest {

    private static final String JAN = "6b0f75091cae81e409e2faaf";
    private static final String PIET = "6b0f75091cae81e409e2fab0";

    @Test
    void everyActionRoundTripsWithinSixtyFourBytes() {
        List<ContactAction> actions = List.of(new ContactAction.Show(JAN), new ContactAction.AddNamed("Jan de Vries"),
                new ContactAction.Skip(Long.MAX_VALUE / 10), new ContactAction.SetTier(JAN, Contact.Tier.C),
                new ContactAction.SetRhythm(JAN, 91), new ContactAction.SetRhythm(JAN, 0), new ContactAction.ToggleTop(JAN, true),
                new ContactAction.ToggleTop(JAN, false), new ContactAction.SwapTop5(JAN, PIET), new ContactAction.Edit(JAN),
                new ContactAction.EditField(JAN, "birthday"), new ContactAction.Delete(JAN, false),
                new ContactAction.Delete(JAN, true), new ContactAction.RecordFact("workplace"), new ContactAction.FactFor(PIET));
        for (ContactAction action : actions) {
            Button button = action.button("x"); // the button refuses more than 64 bytes
            assertThat(button.action()).startsWith("ct:");
            assertThat(button.action().getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(Button.MAX_ACTION_BYTES);
            assertThat(ContactAction.unpack(action.pack())).as(action.pack()).contains(action);
        }
    }

    @Test
    void aLongTypedNameIsCutToFitWithoutBreakingACharacter() {
        ContactAction.AddNamed named = ContactAction.AddNamed.fitting("Zoë Ünal-Çelik: de nieuwe inkoopmanager van Ødegård 😀😀😀😀 B.V.");
        Button button = named.button("➕");
        assertThat(button.action().getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(Button.MAX_ACTION_BYTES);
        assertThat(named.name()).startsWith("Zoë Ünal-Çelik  de nieuwe").doesNotContain(":").doesNotContain("\uFFFD");
        assertThat(named.name().codePoints().allMatch(Character::isValidCodePoint)).isTrue();
        assertThat(Character.isHighSurrogate(named.name().charAt(named.name().length() - 1))).isFalse();
        assertThat(ContactAction.unpack(named.pack())).contains(named);
    }

    @Test
    void buttonsSentBeforeKeepWorking() {
        assertThat(ContactAction.unpack("tier:" + JAN + ":A")).contains(new ContactAction.SetTier(JAN, Contact.Tier.A));
        assertThat(ContactAction.unpack("every:" + JAN + ":30")).contains(new ContactAction.SetRhythm(JAN, 30));
        assertThat(ContactAction.unpack("top20:" + JAN)).contains(new ContactAction.ToggleTop(JAN, false));
        assertThat(ContactAction.unpack("rm:" + JAN)).contains(new ContactAction.Delete(JAN, true));
        assertThat(ContactAction.unpack("field:" + JAN + ":phone")).contains(new ContactAction.EditField(JAN, "phone"));
        assertThat(ContactAction.unpack("skip:17")).contains(new ContactAction.Skip(17));
        assertThat(ContactAction.unpack("new:Piet Klaassen")).contains(new ContactAction.AddNamed("Piet Klaassen"));
        assertThat(ContactAction.unpack("fact:car")).contains(new ContactAction.RecordFact("car"));
    }

    @Test
    void forgedOrUnknownActionsUnpackToNothing() {
        for (String forged : List.of("", "show", "show:nothex", "tier:" + JAN + ":D", "every:" + JAN + ":45", "swap:" + JAN + ":" + JAN,
                "swap:" + JAN, "fly:" + JAN, "skip:x", "field:" + JAN + ":Name!", "show:" + JAN + ":x:y", "new:", "fact:Car")) {
            assertThat(ContactAction.unpack(forged)).as(forged).isEmpty();
        }
    }
}
