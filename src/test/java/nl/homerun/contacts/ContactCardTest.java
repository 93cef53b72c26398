package nl.homerun.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import nl.homerun.coach.Button;
import nl.homerun.coach.Coach;
import nl.homerun.coach.Html;
import nl.homerun.coach.InboundEvent;
import nl.homerun.coach.Reply;

/**
 * A contact card lives: its buttons change the card they are under (it shows the new state, the choices on are
 * marked), questions it asks appear in its place, and the Top-5 holds five at most.
 */
@SpringBootTest(properties = "mongodb.embedded=memory")
class ContactCardTest {

    private static final long ANNA = 6201;
    private static final long BERT = 6202;
    /** The message the card is, as a channel names it. */
    private static final String CARD = "6201:42";

    @Autowired
    Coach coach;
    @Autowired
    Contacts contacts;
    @Autowired
    MongoDatabase database;

    @BeforeEach
    void clean() {
        database.getCollection("contacts").drop();
        database.getCollection("contact_books").drop();
        database.getCollection("conversations").drop();
    }

    @Test
    void eachButtonChangesTheCardItIsUnderAndMarksWhatIsOn() {
        Contact jan = contacts.add(ANNA, new Contacts.Draft("Jan de Vries", "Jansen BV", null, null, null, null));
        Reply card = only(coach.handle(text(ANNA, "/contact Jan de Vries")));
        assertThat(card.isEdit()).isFalse();
        assertThat(labels(card)).contains("[A] [B] [C]").contains("[🔁 maandelijks] [🔁 per kwartaal] [✓ geen]").contains("[Top-5] [Top-20]");

        Reply tier = only(press(ANNA, card, "A"));
        assertThat(tier.edit().messageRef()).isEqualTo(CARD);
        assertThat(tier.edit().buttonsOnly()).isFalse();
        assertThat(Html.toPlainText(tier.text())).contains("🏷 A-klant").contains("elke 30 dagen");
        assertThat(labels(tier)).contains("[✓ A] [B] [C]").contains("[✓ maandelijks] [🔁 per kwartaal] [🔁 geen]");

        Reply rhythm = only(press(ANNA, tier, "🔁 per kwartaal"));
        assertThat(rhythm.edit().messageRef()).isEqualTo(CARD);
        assertThat(labels(rhythm)).contains("[🔁 maandelijks] [✓ per kwartaal] [🔁 geen]");
        assertThat(Html.toPlainText(rhythm.text())).contains("elke 91 dagen");

        Reply top = only(press(ANNA, rhythm, "Top-20"));
        assertThat(labels(top)).contains("[Top-5] [✓ Top-20]");
        assertThat(Html.toPlainText(top.text())).contains("A-klant · Top-20");
        assertThat(labels(only(press(ANNA, top, "✓ Top-20")))).contains("[Top-5] [Top-20]");

        Contact changed = contacts.find(ANNA, jan.id()).orElseThrow();
        assertThat(changed.tier()).isEqualTo(Contact.Tier.A);
        assertThat(changed.cadenceDays()).isEqualTo(91);
        assertThat(changed.top20()).isFalse();
    }

    @Test
    void whereTheChannelCannotNameTheCardItComesAsANewMessage() {
        contacts.add(ANNA, new Contacts.Draft("Jan de Vries", null, null, null, null, null));
        Reply card = only(coach.handle(text(ANNA, "/contact Jan de Vries")));
        Reply tier = only(coach.handle(new InboundEvent(ANNA, ANNA, "nl", new InboundEvent.ButtonPress(action(card, "B")))));
        assertThat(tier.isEdit()).isFalse();
        assertThat(labels(tier)).contains("[A] [✓ B] [C]");
    }

    @Test
    void theTopFiveHoldsFiveAndASixthAsksWhoMakesRoom() {
        List<String> five = List.of("Anna Aalders", "Bert Bos", "Carla Claes", "Dirk Dekker", "Eva Evers");
        for (String name : five) {
            Contact c = contacts.add(ANNA, new Contacts.Draft(name, null, null, null, null, null));
            assertThat(contacts.setTop(ANNA, c.id(), true, true)).isTrue();
        }
        Contact sixth = contacts.add(ANNA, new Contacts.Draft("Frank Feenstra", null, null, null, null, null));
        assertThat(contacts.setTop(ANNA, sixth.id(), true, true)).isFalse();
        assertThat(contacts.setTop(ANNA, sixth.id(), false, true)).isTrue(); // the Top-20 is another list
        contacts.setTop(ANNA, sixth.id(), false, false);

        Reply card = only(coach.handle(text(ANNA, "/contact Frank Feenstra")));
        Reply full = only(press(ANNA, card, "Top-5"));
        assertThat(full.edit().messageRef()).isEqualTo(CARD);
        assertThat(Html.toPlainText(full.text())).isEqualTo("⭐ Je Top-5 is al vol: Anna Aalders, Bert Bos, Carla Claes, "
                + "Dirk Dekker, Eva Evers. Daarin staan je 5 belangrijkste klanten, niet meer. Wie maakt plaats voor Frank Feenstra?");
        assertThat(labels(full)).isEqualTo("[↔️ Anna Aalders eruit]\n[↔️ Bert Bos eruit]\n[↔️ Carla Claes eruit]\n"
                + "[↔️ Dirk Dekker eruit]\n[↔️ Eva Evers eruit]\n[⭐ Dan in de Top-20] [↩️ Terug]");
        assertThat(contacts.top5(ANNA)).extracting(Contact::name).containsExactlyElementsOf(five);

        Reply back = only(press(ANNA, full, "↩️ Terug"));
        assertThat(Html.toPlainText(back.text())).startsWith("👤 Frank Feenstra");
        assertThat(contacts.top5(ANNA)).extracting(Contact::name).containsExactlyElementsOf(five);

        // another user cannot use the offer, nor swap someone of theirs in
        String swapBert = action(full, "↔️ Bert Bos eruit");
        assertThat(only(coach.handle(new InboundEvent(BERT, BERT, "nl", new InboundEvent.ButtonPress(swapBert, "6202:7")))).text())
                .startsWith("Die knop geldt niet meer");

        Reply swapped = only(press(ANNA, full, "↔️ Bert Bos eruit"));
        assertThat(swapped.edit().messageRef()).isEqualTo(CARD);
        assertThat(labels(swapped)).contains("[✓ Top-5] [Top-20]");
        assertThat(contacts.top5(ANNA)).extracting(Contact::name)
                .containsExactly("Anna Aalders", "Carla Claes", "Dirk Dekker", "Eva Evers", "Frank Feenstra");

        // the same offer tapped again: Bert is no longer in it, so the card just shows Frank in the Top-5
        assertThat(labels(only(press(ANNA, full, "↔️ Bert Bos eruit")))).contains("[✓ Top-5]");
        assertThat(contacts.top5(ANNA)).hasSize(5);

        Reply bertsCard = only(coach.handle(text(ANNA, "/contact Bert Bos")));
        Reply offer = only(press(ANNA, bertsCard, "Top-5"));
        Reply top20 = only(press(ANNA, offer, "⭐ Dan in de Top-20"));
        assertThat(labels(top20)).contains("[Top-5] [✓ Top-20]");
        assertThat(contacts.top5(ANNA)).hasSize(5).extracting(Contact::name).doesNotContain("Bert Bos");
    }

    @Test
    void deletingIsAskedOnTheCardItself() {
        Contact jan = contacts.add(ANNA, new Contacts.Draft("Jan de Vries", null, null, null, null, null));
        Reply card = only(coach.handle(text(ANNA, "/contact Jan de Vries")));
        Reply ask = only(press(ANNA, card, "🗑"));
        assertThat(ask.edit().messageRef()).isEqualTo(CARD);
        assertThat(ask.text()).startsWith("Jan de Vries verwijderen");
        assertThat(labels(ask)).isEqualTo("[🗑 Ja, verwijderen] [Nee]");
        Reply kept = only(press(ANNA, ask, "Nee"));
        assertThat(kept.text()).startsWith("👤 <b>Jan de Vries</b>");
        assertThat(contacts.find(ANNA, jan.id())).isPresent();

        Reply gone = only(press(ANNA, only(press(ANNA, kept, "🗑")), "🗑 Ja, verwijderen"));
        assertThat(gone.edit().messageRef()).isEqualTo(CARD);
        assertThat(gone.text()).isEqualTo("Verwijderd.");
        assertThat(gone.buttons()).isEmpty();
        assertThat(contacts.find(ANNA, jan.id())).isEmpty();
    }

    @Test
    void editingOpensOnTheCardAndTheTypedValueChangesIt() {
        Contact jan = contacts.add(ANNA, new Contacts.Draft("Jan de Vries", "Jansen BV", null, null, null, null));
        Reply card = only(coach.handle(text(ANNA, "/contact Jan de Vries")));
        Reply menu = only(press(ANNA, card, "✏️"));
        assertThat(menu.edit().messageRef()).isEqualTo(CARD);
        assertThat(menu.text()).isEqualTo("Wat wil je wijzigen?");
        assertThat(labels(menu)).startsWith("[naam] [bedrijf] [functie]").endsWith("[↩️ Terug]");

        List<Reply> asked = press(ANNA, menu, "telefoon");
        assertThat(asked).hasSize(2);
        assertThat(asked.get(0).edit().messageRef()).isEqualTo(CARD); // the menu is the card again
        assertThat(asked.get(0).edit().orNew()).isFalse();
        assertThat(asked.get(0).text()).startsWith("👤 <b>Jan de Vries</b>");
        assertThat(asked.get(1).isEdit()).isFalse();
        assertThat(asked.get(1).text()).isEqualTo("Wat is het telefoonnummer van Jan de Vries? Typ \"wis\" om het te wissen.");

        List<Reply> saved = coach.handle(text(ANNA, "06-12345678"));
        assertThat(saved).hasSize(2);
        assertThat(saved.get(0).text()).isEqualTo("✅ Bijgewerkt.");
        assertThat(saved.get(1).edit().messageRef()).isEqualTo(CARD);
        assertThat(Html.toPlainText(saved.get(1).text())).contains("📞 06-12345678");
        assertThat(contacts.find(ANNA, jan.id()).orElseThrow().phone()).isEqualTo("06-12345678");
    }

    @Test
    void aChoiceOfContactsBecomesTheCardAndAnAnsweredQuestionLosesItsButton() {
        contacts.add(ANNA, new Contacts.Draft("Jan de Vries", "Jansen BV", null, null, null, null));
        contacts.add(ANNA, new Contacts.Draft("Jan de Wit", "Wit & Co", null, null, null, null));
        Reply which = only(coach.handle(text(ANNA, "/contact Jan")));
        assertThat(which.text()).isEqualTo("Wie bedoel je?");
        Reply chosen = only(press(ANNA, which, "Jan de Wit — Wit & Co"));
        assertThat(chosen.edit().messageRef()).isEqualTo(CARD);
        assertThat(chosen.text()).startsWith("👤 <b>Jan de Wit</b>");

        Reply added = only(press(ANNA, which, "➕ Nieuw contact: Jan"));
        assertThat(added.edit().messageRef()).isEqualTo(CARD);
        assertThat(added.text()).isEqualTo("Bij welk bedrijf werkt Jan?");
        List<Reply> skipped = press(ANNA, added, "Overslaan");
        assertThat(skipped.get(0).edit()).isEqualTo(new Reply.Edit(CARD, true, false));
        assertThat(skipped.get(0).buttons()).isEmpty();
        assertThat(skipped.get(1).text()).startsWith("Wanneer is de verjaardag?");
    }

    /** A press on a button of {@code message}, which the channel names {@link #CARD}. */
    private List<Reply> press(long user, Reply message, String label) {
        return coach.handle(new InboundEvent(user, user, "nl", new InboundEvent.ButtonPress(action(message, label), CARD)));
    }

    private static InboundEvent text(long user, String text) {
        return new InboundEvent(user, user, "nl", new InboundEvent.Text(text));
    }

    private static Reply only(List<Reply> replies) {
        assertThat(replies).hasSize(1);
        return replies.get(0);
    }

    private static String action(Reply reply, String label) {
        return reply.buttons().stream().flatMap(List::stream).filter(b -> b.label().equals(label)).map(Button::action)
                .findFirst().orElseThrow(() -> new AssertionError("No button " + label + " in " + labels(reply)));
    }

    private static String labels(Reply reply) {
        return String.join("\n", reply.buttons().stream()
                .map(row -> String.join(" ", row.stream().map(b -> "[" + b.label() + "]").toList())).toList());
    }
}
