package nl.homerun.contacts;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.MonthDay;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.property.Birthday;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.util.PartialDate;
import ezvcard.util.TelUri;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import nl.homerun.coach.ContactCardHandler;
import nl.homerun.coach.DocumentHandler;
import nl.homerun.coach.InboundEvent;
import nl.homerun.coach.Reply;
import nl.homerun.coach.Turn;
import nl.homerun.dates.TypedDate;

/**
 * Contacts from the phone: a shared contact card, or a {@code .vcf} file with one or many (read with ez-vcard). A
 * contact already there ({@link #samePerson}) is not added twice: what the card knows that the contact lacks is added
 * to it. Cards without a name are counted and reported, not dropped without a word.
 */
@Component
class ContactImport implements ContactCardHandler, DocumentHandler {

    private static final Logger log = LoggerFactory.getLogger(ContactImport.class);
    static final long MAX_BYTES = 5L * 1024 * 1024;
    /** A birthday year before this is a placeholder, not a year: Apple writes 1604 for "no year". */
    private static final int FIRST_BIRTH_YEAR = 1900;

    private final Contacts contacts;
    private final ContactCard card;

    ContactImport(Contacts contacts, ContactCard card) {
        this.contacts = contacts;
        this.card = card;
    }

    /**
     * One shared contact: added and shown, or, when it is already there, said so and shown (with what was new
     * added to it).
     */
    @Override
    public List<Reply> onContactCard(Turn turn, InboundEvent.SharedContact shared) {
        Optional<Contacts.Draft> fromVcard = shared.vcard() == null || shared.vcard().isBlank() ? Optional.empty()
                : Ezvcard.parse(shared.vcard()).all().stream().map(ContactImport::draft).flatMap(Optional::stream).findFirst();
        String name = (nullToEmpty(shared.firstName()) + " " + nullToEmpty(shared.lastName())).strip();
        Contacts.Draft draft = fromVcard.map(d -> d.phone() != null || shared.phoneNumber() == null ? d
                        : new Contacts.Draft(d.name(), d.account(), d.role(), shared.phoneNumber(), d.email(), d.birthday()))
                .orElseGet(() -> new Contacts.Draft(name, null, null, shared.phoneNumber(), null, null));
        if (draft.name().isBlank()) {
            return List.of(turn.say("contacts.shared.nameless"));
        }
        Imported one = importAll(turn.userId(), List.of(draft));
        if (!one.added().isEmpty()) {
            Contact added = one.added().get(0);
            return List.of(turn.say("contacts.added", added.name()), card.of(turn, added));
        }
        Contact known = one.known().get(0);
        String said = turn.text("contacts.shared.known", known.name())
                + (one.completed() > 0 ? " " + turn.text("contacts.shared.completed") : "");
        return List.of(Reply.text(said), card.of(turn, known));
    }

    @Override
    public List<Reply> onDocument(Turn turn, InboundEvent.DocumentUpload document) {
        String fileName = nullToEmpty(document.fileName()).toLowerCase(Locale.ROOT);
        String type = nullToEmpty(document.mimeType()).toLowerCase(Locale.ROOT);
        if (!fileName.endsWith(".vcf") && !type.contains("vcard")) {
            return List.of(turn.say("coach.unsupported"));
        }
        if (document.size() > MAX_BYTES) {
            return List.of(turn.say("contacts.vcf.tooLarge", document.size() / (1024 * 1024)));
        }
        try {
            List<VCard> cards = Ezvcard.parse(decode(document.content().read())).all();
            if (cards.isEmpty()) {
                return List.of(turn.say("contacts.vcf.unreadable"));
            }
            List<Contacts.Draft> drafts = cards.stream().map(ContactImport::draft).flatMap(Optional::stream).toList();
            Imported result = importAll(turn.userId(), drafts);
            String said = turn.text("contacts.imported", result.added().size(), result.known().size(), result.completed());
            int nameless = cards.size() - drafts.size();
            return List.of(Reply.text(nameless == 0 ? said : said + " " + turn.text("contacts.imported.nameless", nameless)));
        } catch (IOException e) {
            log.warn("Reading a vCard file failed: {}", e.getClass().getSimpleName());
            return List.of(turn.say("contacts.vcf.unreadable"));
        }
    }

    /** What an import did: the contacts it added, those it found already there, and how many of those it completed. */
    private record Imported(List<Contact> added, List<Contact> known, int completed) {
    }

    private Imported importAll(long owner, List<Contacts.Draft> drafts) {
        List<Contact> book = new ArrayList<>(contacts.all(owner));
        List<Contact> added = new ArrayList<>();
        List<Contact> known = new ArrayList<>();
        int completed = 0;
        for (Contacts.Draft draft : drafts) {
            Optional<Contact> there = book.stream().filter(c -> samePerson(c, draft)).findFirst();
            if (there.isPresent()) {
                if (complete(owner, there.get(), draft)) {
                    completed++;
                }
                known.add(contacts.find(owner, there.get().id()).orElse(there.get()));
            } else {
                Contact contact = contacts.add(owner, draft);
                book.add(contact);
                added.add(contact);
            }
        }
        return new Imported(added, known, completed);
    }

    /**
     * Whether a card is of a contact already there: the same name, and no phone number or e-mail address that tells
     * them apart. One that both share is enough ("+31 6 1234 5678" is "06-12345678"), and a card without either, or
     * one that leaves out what the contact has (an export without e-mail), is the same person.
     */
    static boolean samePerson(Contact known, Contacts.Draft card) {
        if (!NameMatcher.normalise(known.name()).equals(NameMatcher.normalise(card.name()))) {
            return false;
        }
        String phone = phone(known.phone());
        String cardPhone = phone(card.phone());
        String email = nullToEmpty(known.email()).strip().toLowerCase(Locale.ROOT);
        String cardEmail = nullToEmpty(card.email()).strip().toLowerCase(Locale.ROOT);
        boolean phonesDiffer = !phone.isEmpty() && !cardPhone.isEmpty() && !phone.equals(cardPhone);
        boolean emailsDiffer = !email.isEmpty() && !cardEmail.isEmpty() && !email.equals(cardEmail);
        boolean shared = !phone.isEmpty() && phone.equals(cardPhone) || !email.isEmpty() && email.equals(cardEmail);
        return shared || !phonesDiffer && !emailsDiffer;
    }

    /** A phone number to compare: its digits, and of a long one the last nine (the number without country or 0). */
    private static String phone(String number) {
        String digits = nullToEmpty(number).replaceAll("\\D", "");
        return digits.length() > 9 ? digits.substring(digits.length() - 9) : digits;
    }

    /** Adds to a contact what the card knows and it lacks (never overwrites); whether anything was added. */
    private boolean complete(long owner, Contact known, Contacts.Draft card) {
        boolean changed = false;
        changed |= known.account() == null && card.account() != null && contacts.setField(owner, known.id(), "account", card.account());
        changed |= known.role() == null && card.role() != null && contacts.setField(owner, known.id(), "role", card.role());
        changed |= known.phone() == null && card.phone() != null && contacts.setField(owner, known.id(), "phone", card.phone());
        changed |= known.email() == null && card.email() != null && contacts.setField(owner, known.id(), "email", card.email());
        boolean yearAdded = known.birthday() != null && card.birthday() != null && !known.birthday().hasYear()
                && card.birthday().hasYear() && known.birthday().day().equals(card.birthday().day());
        if ((known.birthday() == null && card.birthday() != null) || yearAdded) {
            changed |= contacts.setBirthday(owner, known.id(), card.birthday());
        }
        return changed;
    }

    private static Optional<Contacts.Draft> draft(VCard card) {
        String name = card.getFormattedName() != null ? card.getFormattedName().getValue() : null;
        StructuredName structured = card.getStructuredName();
        if ((name == null || name.isBlank()) && structured != null) {
            name = String.join(" ", nullToEmpty(structured.getGiven()), String.join(" ", structured.getPrefixes()),
                    nullToEmpty(structured.getFamily())).replaceAll("\\s+", " ").strip();
        }
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String account = card.getOrganization() == null || card.getOrganization().getValues().isEmpty() ? null
                : card.getOrganization().getValues().get(0);
        String role = card.getTitles().isEmpty() ? null : card.getTitles().get(0).getValue();
        String phone = card.getTelephoneNumbers().stream().map(ContactImport::number).filter(n -> !n.isBlank()).findFirst().orElse(null);
        String email = card.getEmails().isEmpty() ? null : card.getEmails().get(0).getValue();
        return Optional.of(new Contacts.Draft(name.strip(), account, role, phone, email, birthday(card.getBirthday())));
    }

    /** A phone number as text (vCard 3) or as a {@code tel:} URI (vCard 4: {@code TEL;VALUE=uri:tel:+31-6-1234-5678}). */
    private static String number(Telephone telephone) {
        if (telephone.getText() != null) {
            return telephone.getText().strip();
        }
        TelUri uri = telephone.getUri();
        if (uri == null || uri.getNumber() == null) {
            return "";
        }
        return uri.getNumber().strip() + (uri.getExtension() == null ? "" : " ext. " + uri.getExtension());
    }

    /**
     * A full date, or a day and month without a year ("--0312" in vCard 4). A year Apple marks as left out
     * ({@code X-APPLE-OMIT-YEAR=1604}), or any year before 1900, is no year: the birthday is kept without one.
     */
    private static TypedDate birthday(Birthday birthday) {
        if (birthday == null) {
            return null;
        }
        try {
            if (birthday.getDate() != null && birthday.getDate().isSupported(ChronoField.DAY_OF_MONTH)) {
                TemporalAccessor date = birthday.getDate();
                MonthDay day = MonthDay.of(date.get(ChronoField.MONTH_OF_YEAR), date.get(ChronoField.DAY_OF_MONTH));
                return new TypedDate(day, date.isSupported(ChronoField.YEAR) ? year(date.get(ChronoField.YEAR), birthday)
                        : OptionalInt.empty());
            }
            PartialDate partial = birthday.getPartialDate();
            if (partial != null && partial.getMonth() != null && partial.getDate() != null) {
                return new TypedDate(MonthDay.of(partial.getMonth(), partial.getDate()),
                        partial.getYear() == null ? OptionalInt.empty() : year(partial.getYear(), birthday));
            }
        } catch (java.time.DateTimeException | IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    private static OptionalInt year(int year, Birthday birthday) {
        String omitted = birthday.getParameter("X-APPLE-OMIT-YEAR");
        return year < FIRST_BIRTH_YEAR || String.valueOf(year).equals(omitted) ? OptionalInt.empty() : OptionalInt.of(year);
    }

    /** UTF-8 when it is, else Windows-1252 (older phones and Outlook). */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
