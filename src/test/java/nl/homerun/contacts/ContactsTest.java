package nl.homerun.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import nl.homerun.coach.Button;
import nl.homerun.coach.Coach;
import nl.homerun.coach.InboundEvent;
import nl.homerun.coach.Reply;

/** Contacts through the coach: added by conversation, contact card or .vcf file, found, changed and deleted. */
@SpringBootTest(properties = "mongodb.embedded=memory")
class ContactsTest {

    private static final long ANNA = 6101;
    private static final long BERT = 6102;

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
    void aContactIsAddedInAShortConversation() {
        assertThat(text(say(ANNA, "/contact"))).isEqualTo("Hoe heet het contact?");
        assertThat(text(say(ANNA, "Jan de Vries"))).startsWith("Bij welk bedrijf werkt Jan de Vries?").contains("[Overslaan]");
        assertThat(text(say(ANNA, "Jansen BV"))).startsWith("Wanneer is de verjaardag?");
        assertThat(text(say(ANNA, "binnenkort"))).startsWith("Dat kan ik niet als verjaardag lezen.");
        String card = text(say(ANNA, "12 maart"));

        assertThat(card).contains("✅ Jan de Vries toegevoegd.").contains("👤 Jan de Vries — Jansen BV").contains("🎂 12 maart")
                .contains("[A] [B] [C]").contains("[Top-5] [Top-20] [✏️] [🗑]");
        Contact saved = contacts.all(ANNA).get(0);
        assertThat(saved.account()).isEqualTo("Jansen BV");
        assertThat(saved.birthday().day()).hasToString("--03-12");
        assertThat(saved.birthday().hasYear()).isFalse();
    }

    @Test
    void stepsCanBeSkippedAndAnUnknownNameIsOfferedForAdding() {
        assertThat(text(say(ANNA, "/contact Piet Klaassen"))).startsWith("Piet Klaassen ken ik nog niet");
        press(ANNA, "Overslaan");
        assertThat(text(press(ANNA, "Overslaan"))).contains("✅ Piet Klaassen toegevoegd.").doesNotContain("🎂");
        assertThat(contacts.all(ANNA)).extracting(Contact::name, Contact::account).containsExactly(org.assertj.core.groups.Tuple.tuple("Piet Klaassen", null));
    }

    @Test
    void aContactIsFoundDespiteATypoAndItsButtonsChangeIt() {
        contacts.add(ANNA, new Contacts.Draft("Marieke Bakker", "Zorggroep Oost", "inkoper", "06-12345678", null, null));
        List<Reply> card = say(ANNA, "/contact Mareike");
        assertThat(text(card)).contains("👤 Marieke Bakker — Zorggroep Oost (inkoper)").contains("📞 06-12345678");

        assertThat(text(coach.handle(event(ANNA, new InboundEvent.ButtonPress(action(card, "A")))))).contains("🏷 A-klant").contains("[✓ A]");
        assertThat(text(coach.handle(event(ANNA, new InboundEvent.ButtonPress(action(card, "Top-5")))))).contains("A-klant · Top-5");
        Contact changed = contacts.all(ANNA).get(0);
        assertThat(changed.tier()).isEqualTo(Contact.Tier.A);
        assertThat(changed.top5()).isTrue();
        assertThat(text(say(ANNA, "/contacten"))).contains("Je contacten (1)").contains("• Marieke Bakker — Zorggroep Oost [A]");
    }

    @Test
    void deletingAsksFirstAndAnotherUserCannotReachTheContact() {
        Contact jan = contacts.add(ANNA, new Contacts.Draft("Jan de Vries", null, null, null, null, null));

        for (String forged : List.of("ct:del:" + jan.id(), "ct:rm:" + jan.id(), "ct:tier:" + jan.id() + ":A", "ct:show:" + jan.id())) {
            assertThat(text(coach.handle(event(BERT, new InboundEvent.ButtonPress(forged))))).startsWith("Die knop geldt niet meer");
        }
        assertThat(text(say(BERT, "/contact Jan de Vries"))).startsWith("Jan de Vries ken ik nog niet");
        assertThat(contacts.find(ANNA, jan.id())).isPresent();

        assertThat(text(coach.handle(event(ANNA, new InboundEvent.ButtonPress("ct:del:" + jan.id())))))
                .startsWith("Jan de Vries verwijderen, met alles wat je over hem of haar noteerde?");
        assertThat(contacts.find(ANNA, jan.id())).isPresent();
        assertThat(text(coach.handle(event(ANNA, new InboundEvent.ButtonPress("ct:rm:" + jan.id()))))).isEqualTo("Verwijderd.");
        assertThat(contacts.all(ANNA)).isEmpty();
    }

    @Test
    void aContactsFieldsAndFactsAreEditedFromTheCard() {
        Contact jan = contacts.add(ANNA, new Contacts.Draft("Jan de Vries", "Jansen BV", null, null, null, null));
        List<Reply> fields = coach.handle(event(ANNA, new InboundEvent.ButtonPress("ct:edit:" + jan.id())));
        assertThat(text(fields)).startsWith("Wat zal ik wijzigen?").contains("[naam] [bedrijf] [functie]").contains("[auto] [koffie] [notities]");

        assertThat(text(coach.handle(event(ANNA, new InboundEvent.ButtonPress(action(fields, "functie"))))))
                .isEqualTo("Nieuwe functie voor Jan de Vries? Typ \"wis\" om te wissen.");
        assertThat(text(say(ANNA, "Hoofd inkoop"))).contains("✅ Bijgewerkt.").contains("👤 Jan de Vries — Jansen BV (Hoofd inkoop)");
        coach.handle(event(ANNA, new InboundEvent.ButtonPress(action(fields, "verjaardag"))));
        assertThat(text(say(ANNA, "31 april"))).startsWith("Dat kan ik niet als verjaardag lezen.");
        assertThat(text(say(ANNA, "3 mei 1978"))).contains("🎂 3 mei 1978");
        coach.handle(event(ANNA, new InboundEvent.ButtonPress(action(fields, "koffie"))));
        assertThat(text(say(ANNA, "zwart, geen suiker"))).contains("• koffie: zwart, geen suiker");
        coach.handle(event(ANNA, new InboundEvent.ButtonPress(action(fields, "koffie"))));
        assertThat(text(say(ANNA, "wis"))).doesNotContain("koffie:");
        coach.handle(event(ANNA, new InboundEvent.ButtonPress(action(fields, "naam"))));
        assertThat(text(say(ANNA, "wis"))).isEqualTo("Hoe heet het contact?");
        assertThat(text(say(ANNA, "Jan de Vries-Bakker"))).contains("👤 Jan de Vries-Bakker");

        assertThat(text(coach.handle(event(BERT, new InboundEvent.ButtonPress("ct:field:" + jan.id() + ":name")))))
                .startsWith("Die knop geldt niet meer");
        Contact edited = contacts.find(ANNA, jan.id()).orElseThrow();
        assertThat(edited.role()).isEqualTo("Hoofd inkoop");
        assertThat(edited.facts()).isEmpty();
    }

    @Test
    void aSharedContactCardIsAdded() {
        assertThat(text(coach.handle(event(ANNA, new InboundEvent.SharedContact("Kees", "Jansen", "+31612345678", null)))))
                .isEqualTo("Eén contact toegevoegd.");
        assertThat(text(coach.handle(event(ANNA, new InboundEvent.SharedContact("Kees", "Jansen", "+31 6 12345678", null)))))
                .isEqualTo("Geen nieuwe contacten in dat bestand; één stond er al.");
        assertThat(contacts.all(ANNA)).extracting(Contact::name, Contact::phone)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Kees Jansen", "+31612345678"));
    }

    @Test
    void aVcardFileWithSeveralVersionsEncodingsAndMissingFieldsIsImported() {
        String vcf = """
                BEGIN:VCARD
                VERSION:3.0
                FN:Jan de Vries
                N:de Vries;Jan;;;
                ORG:Jansen BV
                TITLE:Inkoper
                TEL;TYPE=CELL:+31 6 11111111
                EMAIL:jan@jansen.example
                BDAY:1978-05-03
                END:VCARD
                BEGIN:VCARD
                VERSION:2.1
                N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;Jos=C3=A9;;;
                TEL;CELL:0622222222
                END:VCARD
                BEGIN:VCARD
                VERSION:4.0
                FN:Anne-Fleur van Dijk
                BDAY:--0229
                END:VCARD
                BEGIN:VCARD
                VERSION:3.0
                TEL:0633333333
                END:VCARD
                """.replace("\n", "\r\n");

        assertThat(text(upload(ANNA, "contacten.vcf", vcf.getBytes(StandardCharsets.UTF_8)))).isEqualTo("3 contacten toegevoegd.");
        List<Contact> all = contacts.all(ANNA);
        assertThat(all).extracting(Contact::name).containsExactly("Anne-Fleur van Dijk", "Jan de Vries", "José Müller");
        Contact jan = all.get(1);
        assertThat(jan.account()).isEqualTo("Jansen BV");
        assertThat(jan.role()).isEqualTo("Inkoper");
        assertThat(jan.birthday().year()).hasValue(1978);
        assertThat(all.get(0).birthday().day()).hasToString("--02-29");
        assertThat(all.get(0).birthday().hasYear()).isFalse();

        assertThat(text(upload(ANNA, "again.vcf", vcf.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("Geen nieuwe contacten in dat bestand; 3 stonden er al.");
    }

    @Test
    void anOldWindowsEncodedFileIsReadToo() {
        byte[] bytes = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Renée Dubois\r\nORG:Café Noir\r\nEND:VCARD\r\n"
                .getBytes(Charset.forName("windows-1252"));
        assertThat(text(upload(ANNA, "renee.vcf", bytes))).isEqualTo("Eén contact toegevoegd.");
        assertThat(contacts.all(ANNA)).extracting(Contact::name, Contact::account)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Renée Dubois", "Café Noir"));
    }

    @Test
    void aFileThatIsNoVcardGetsAClearAnswer() {
        assertThat(text(upload(ANNA, "notes.vcf", "hello world".getBytes(StandardCharsets.UTF_8))))
                .startsWith("Dat bestand kan ik niet als contacten lezen.");
        byte[] jpeg = {1, 2, 3};
        assertThat(text(coach.handle(event(ANNA, new InboundEvent.DocumentUpload("photo.jpg", "image/jpeg", 3, () -> jpeg)))))
                .startsWith("Daar kan ik (nog) niets mee.");
        assertThat(contacts.all(ANNA)).isEmpty();
    }

    private List<Reply> upload(long user, String name, byte[] content) {
        return coach.handle(event(user, new InboundEvent.DocumentUpload(name, "text/vcard", content.length, () -> content)));
    }

    private List<Reply> say(long user, String text) {
        return coach.handle(event(user, new InboundEvent.Text(text)));
    }

    private List<Reply> lastReplies;

    private List<Reply> press(long user, String label) {
        List<Reply> before = lastReplies;
        lastReplies = coach.handle(event(user, new InboundEvent.ButtonPress(action(before, label))));
        return lastReplies;
    }

    private static String action(List<Reply> replies, String label) {
        return replies.stream().flatMap(r -> r.buttons().stream()).flatMap(List::stream)
                .filter(b -> b.label().equals(label)).map(Button::action).findFirst().orElseThrow();
    }

    private InboundEvent event(long user, InboundEvent.Payload payload) {
        return new InboundEvent(user, user, "nl", payload);
    }

    private String text(List<Reply> replies) {
        lastReplies = replies;
        return String.join("\n", replies.stream().map(r -> nl.homerun.coach.Html.toPlainText(r.text())
                + r.buttons().stream().map(row -> "\n" + String.join(" ", row.stream().map(b -> "[" + b.label() + "]").toList()))
                .reduce("", String::concat)).toList());
    }
}
