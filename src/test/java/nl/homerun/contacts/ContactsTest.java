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
import nl.homerun.coach.Messages;
import nl.homerun.coach.Reply;
import nl.homerun.users.Language;

/** Contacts through the coach: added by conversation, contact card or .vcf file, found, changed and deleted. */
@SpringBootTest(properties = "mongodb.embedded=memory")
class ContactsTest {

    private static final long ANNA = 6101;
    private static final long BERT = 6102;
    private static final long CHLOE = 6103;

    @Autowired
    Coach coach;
    @Autowired
    Contacts contacts;
    @Autowired
    MongoDatabase database;
    @Autowired
    Messages messages;

    @BeforeEach
    void clean() {
        database.getCollection("contacts").drop();
        database.getCollection("contact_books").drop();
        database.getCollection("conversations").drop();
        database.getCollection("users").deleteMany(new org.bson.Document("_id", CHLOE));
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
    void aNameAndCompanyTypedAtOnceAskOnlyTheBirthday() {
        assertThat(text(say(ANNA, "/contact Jos Peeters, Garage Peeters NV"))).startsWith("Jos Peeters ken ik nog niet")
                .contains("Wanneer is de verjaardag?").doesNotContain("Bij welk bedrijf");
        assertThat(text(say(ANNA, "12 maart"))).contains("✅ Jos Peeters toegevoegd.");
        assertThat(contacts.all(ANNA)).extracting(Contact::name, Contact::account)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Jos Peeters", "Garage Peeters NV"));
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
                .startsWith("Jan de Vries verwijderen, met alles wat je over hem of haar hebt genoteerd?");
        assertThat(contacts.find(ANNA, jan.id())).isPresent();
        assertThat(text(coach.handle(event(ANNA, new InboundEvent.ButtonPress("ct:rm:" + jan.id()))))).isEqualTo("Verwijderd.");
        assertThat(contacts.all(ANNA)).isEmpty();
    }

    @Test
    void aContactsFieldsAndFactsAreEditedFromTheCard() {
        Contact jan = contacts.add(ANNA, new Contacts.Draft("Jan de Vries", "Jansen BV", null, null, null, null));
        List<Reply> fields = coach.handle(event(ANNA, new InboundEvent.ButtonPress("ct:edit:" + jan.id())));
        assertThat(text(fields)).startsWith("Wat wil je wijzigen?").contains("[naam] [bedrijf] [functie]")
                .contains("[auto] [koffie] [gedrag]").contains("[werkplek] [notities]");

        assertThat(text(coach.handle(event(ANNA, new InboundEvent.ButtonPress(action(fields, "functie"))))))
                .isEqualTo("Wat is de functie van Jan de Vries? Typ \"wis\" om het te wissen.");
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
    void everyPrivateFactCanBeEditedOnTheCardInBothLanguages() {
        for (long user : List.of(ANNA, CHLOE)) {
            String language = user == ANNA ? "nl" : "en";
            Contact jan = contacts.add(user, new Contacts.Draft("Jan de Vries", "Jansen BV", null, null, null, null));
            for (Contact.Fact fact : Contact.Fact.values()) {
                String label = messages.get(Language.fromCode(language), "contacts.field." + fact.key());
                List<Reply> menu = coach.handle(new InboundEvent(user, user, language, new InboundEvent.ButtonPress(action(
                        coach.handle(new InboundEvent(user, user, language, new InboundEvent.Text("/contact Jan de Vries"))), "✏️"))));
                String question = text(coach.handle(new InboundEvent(user, user, language, new InboundEvent.ButtonPress(action(menu, label)))));
                assertThat(question).as(fact.name()).contains("Jan de Vries").doesNotContain("contacts.");
                String card = text(coach.handle(new InboundEvent(user, user, language, new InboundEvent.Text("known: " + fact.key()))));
                assertThat(card).as(fact.name()).contains("• " + messages.get(Language.fromCode(language), "contacts.fact." + fact.key())
                        + ": known: " + fact.key());
            }
            assertThat(contacts.find(user, jan.id()).orElseThrow().facts()).hasSize(Contact.Fact.values().length);
        }
    }

    @Test
    void whatIsKnownIsShownWhenEditingIt() {
        Contact jan = contacts.add(ANNA, new Contacts.Draft("Jan de Vries", "Jansen BV", null, null, null, null));
        contacts.setFact(ANNA, jan.id(), Contact.Fact.CAR, "Volvo <V60>");
        List<Reply> menu = coach.handle(event(ANNA, new InboundEvent.ButtonPress("ct:edit:" + jan.id())));
        List<Reply> question = coach.handle(event(ANNA, new InboundEvent.ButtonPress(action(menu, "auto"))));
        assertThat(question.get(0).text()).isEqualTo("In welke auto rijdt Jan de Vries? Nu: <i>Volvo &lt;V60&gt;</i>. Typ \"wis\" om het te wissen.");
    }

    @Test
    void aSharedContactCardIsAdded() {
        assertThat(text(coach.handle(event(ANNA, new InboundEvent.SharedContact("Kees", "Jansen", "+31612345678", null)))))
                .startsWith("✅ Kees Jansen toegevoegd.\n👤 Kees Jansen").contains("📞 +31612345678");
        assertThat(text(coach.handle(event(ANNA, new InboundEvent.SharedContact("Kees", "Jansen", "06-12345678", null)))))
                .startsWith("Kees Jansen staat al in je contacten.\n👤 Kees Jansen").contains("[✏️]");
        assertThat(contacts.all(ANNA)).extracting(Contact::name, Contact::phone)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Kees Jansen", "+31612345678"));

        String withMail = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kees Jansen\r\nEMAIL:kees@jansen.example\r\nEND:VCARD\r\n";
        assertThat(text(coach.handle(new InboundEvent(CHLOE, CHLOE, "en", new InboundEvent.SharedContact("Kees", "Jansen", "+31612345678", null)))))
                .startsWith("✅ Kees Jansen added.");
        assertThat(text(coach.handle(new InboundEvent(CHLOE, CHLOE, "en", new InboundEvent.SharedContact("Kees", "Jansen", "+31612345678", withMail)))))
                .startsWith("Kees Jansen is already in your contacts. I filled in what was missing.\n👤 Kees Jansen").contains("✉️ kees@jansen.example");
        assertThat(text(coach.handle(new InboundEvent(CHLOE, CHLOE, "en", new InboundEvent.SharedContact(null, null, "+31699999999", null)))))
                .startsWith("That contact has no name");
        assertThat(contacts.all(CHLOE)).hasSize(1);
        assertThat(contacts.all(ANNA)).hasSize(1);
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

        assertThat(text(upload(ANNA, "contacten.vcf", vcf.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("3 contacten toegevoegd. Eén kaart zonder naam overgeslagen.");
        List<Contact> all = contacts.all(ANNA);
        assertThat(all).extracting(Contact::name).containsExactly("Anne-Fleur van Dijk", "Jan de Vries", "José Müller");
        Contact jan = all.get(1);
        assertThat(jan.account()).isEqualTo("Jansen BV");
        assertThat(jan.role()).isEqualTo("Inkoper");
        assertThat(jan.birthday().year()).hasValue(1978);
        assertThat(all.get(0).birthday().day()).hasToString("--02-29");
        assertThat(all.get(0).birthday().hasYear()).isFalse();

        assertThat(text(upload(ANNA, "again.vcf", vcf.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("Geen nieuwe contacten in dat bestand; 3 stonden er al. Eén kaart zonder naam overgeslagen.");
    }

    @Test
    void aContactExportedAgainWithoutItsEmailIsNotDoubledAndGetsWhatIsNew() {
        String first = """
                BEGIN:VCARD
                VERSION:3.0
                FN:Jan de Vries
                TEL;TYPE=CELL:+31 6 11111111
                EMAIL:jan@jansen.example
                END:VCARD
                BEGIN:VCARD
                VERSION:3.0
                FN:Sophie Bakker
                EMAIL:sophie@bakker.example
                BDAY;X-APPLE-OMIT-YEAR=1604:1604-05-03
                END:VCARD
                """.replace("\n", "\r\n");
        String again = """
                BEGIN:VCARD
                VERSION:3.0
                FN:Jan de Vries
                ORG:Jansen BV
                TEL;TYPE=CELL:06-11111111
                END:VCARD
                BEGIN:VCARD
                VERSION:3.0
                FN:Sophie Bakker
                TITLE:Inkoper
                BDAY:1980-05-03
                END:VCARD
                BEGIN:VCARD
                VERSION:3.0
                FN:Jan de Vries
                TEL:0622222222
                EMAIL:jan.de.vries@elders.example
                END:VCARD
                """.replace("\n", "\r\n");
        assertThat(text(upload(ANNA, "first.vcf", first.getBytes(StandardCharsets.UTF_8)))).isEqualTo("2 contacten toegevoegd.");

        assertThat(text(upload(ANNA, "again.vcf", again.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("Eén contact toegevoegd; 2 stonden er al, en bij 2 daarvan heb ik aangevuld wat nog ontbrak.");
        List<Contact> all = contacts.all(ANNA);
        assertThat(all).extracting(Contact::name, Contact::phone, Contact::email, Contact::account).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Jan de Vries", "+31 6 11111111", "jan@jansen.example", "Jansen BV"),
                org.assertj.core.groups.Tuple.tuple("Jan de Vries", "0622222222", "jan.de.vries@elders.example", null),
                org.assertj.core.groups.Tuple.tuple("Sophie Bakker", null, "sophie@bakker.example", null));
        Contact sophie = all.stream().filter(c -> c.name().equals("Sophie Bakker")).findFirst().orElseThrow();
        assertThat(sophie.role()).isEqualTo("Inkoper");
        assertThat(sophie.birthday().year()).as("the year a later export gives is added to a birthday without one").hasValue(1980);
        assertThat(text(upload(ANNA, "again.vcf", again.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("Geen nieuwe contacten in dat bestand; 3 stonden er al.");
        assertThat(contacts.all(BERT)).isEmpty();
    }

    @Test
    void vcard4PhoneNumbersWrittenAsTelUrisAreKept() {
        String vcf = """
                BEGIN:VCARD
                VERSION:4.0
                FN:Anne-Fleur van Dijk
                TEL;VALUE=uri;TYPE="cell,voice":tel:+31-6-1234-5678
                END:VCARD
                BEGIN:VCARD
                VERSION:4.0
                FN:Bram Visser
                TEL;VALUE=uri;TYPE=work:tel:+31201234567;ext=12
                END:VCARD
                """.replace("\n", "\r\n");
        assertThat(text(upload(ANNA, "v4.vcf", vcf.getBytes(StandardCharsets.UTF_8)))).isEqualTo("2 contacten toegevoegd.");
        assertThat(contacts.all(ANNA)).extracting(Contact::phone).containsExactly("+31-6-1234-5678", "+31201234567 ext. 12");
    }

    @Test
    void anIphoneBirthdayWithoutAYearIsKeptWithoutOne() {
        String vcf = """
                BEGIN:VCARD
                VERSION:3.0
                FN:Emma Thompson
                BDAY;X-APPLE-OMIT-YEAR=1604:1604-12-02
                END:VCARD
                BEGIN:VCARD
                VERSION:3.0
                FN:Femke de Wit
                BDAY;VALUE=date:1604-02-29
                END:VCARD
                """.replace("\n", "\r\n");
        assertThat(text(upload(ANNA, "iphone.vcf", vcf.getBytes(StandardCharsets.UTF_8)))).isEqualTo("2 contacten toegevoegd.");
        List<Contact> all = contacts.all(ANNA);
        assertThat(all).extracting(c -> c.birthday().day().toString()).containsExactly("--12-02", "--02-29");
        assertThat(all).allSatisfy(c -> assertThat(c.birthday().hasYear()).as(c.name()).isFalse());
        assertThat(text(say(ANNA, "/contact Emma Thompson"))).contains("🎂 2 december\n").doesNotContain("1604");
    }

    @Test
    void cardsWithoutANameAreReportedNotDroppedSilently() {
        String vcf = """
                BEGIN:VCARD
                VERSION:3.0
                TEL:0611111111
                END:VCARD
                BEGIN:VCARD
                VERSION:3.0
                FN:Jan de Vries
                END:VCARD
                BEGIN:VCARD
                VERSION:4.0
                EMAIL:info@example.com
                END:VCARD
                """.replace("\n", "\r\n");
        assertThat(text(upload(ANNA, "mixed.vcf", vcf.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("Eén contact toegevoegd. 2 kaarten zonder naam overgeslagen.");
        String nameless = "BEGIN:VCARD\r\nVERSION:3.0\r\nTEL:0611111111\r\nEND:VCARD\r\n";
        assertThat(text(coach.handle(new InboundEvent(CHLOE, CHLOE, "en", new InboundEvent.DocumentUpload("x.vcf", "text/vcard",
                nameless.length(), () -> nameless.getBytes(StandardCharsets.UTF_8))))))
                .isEqualTo("No new contacts in that file. Skipped one card without a name.");
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
