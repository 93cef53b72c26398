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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.property.Birthday;
import ezvcard.property.StructuredName;
import ezvcard.util.PartialDate;
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
 * contact already there (same name and phone, or same name and e-mail) is not added twice.
 */
@Component
class ContactImport implements ContactCardHandler, DocumentHandler {

    private static final Logger log = LoggerFactory.getLogger(ContactImport.class);
    static final long MAX_BYTES = 5L * 1024 * 1024;

    private final Contacts contacts;

    ContactImport(Contacts contacts) {
        this.contacts = contacts;
    }

    @Override
    public List<Reply> onContactCard(Turn turn, InboundEvent.SharedContact card) {
        if (card.vcard() != null && !card.vcard().isBlank()) {
            List<Reply> fromVcard = importText(turn, card.vcard());
            if (!fromVcard.isEmpty()) {
                return fromVcard;
            }
        }
        String name = (nullToEmpty(card.firstName()) + " " + nullToEmpty(card.lastName())).strip();
        return added(turn, addAll(turn, List.of(new Contacts.Draft(name, null, null, card.phoneNumber(), null, null))));
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
            List<Reply> replies = importText(turn, decode(document.content().read()));
            return replies.isEmpty() ? List.of(turn.say("contacts.vcf.unreadable")) : replies;
        } catch (IOException e) {
            log.warn("Reading a vCard file failed: {}", e.getClass().getSimpleName());
            return List.of(turn.say("contacts.vcf.unreadable"));
        }
    }

    /** Empty when the text holds no vCard with a name. */
    private List<Reply> importText(Turn turn, String text) {
        List<VCard> cards = Ezvcard.parse(text).all();
        List<Contacts.Draft> drafts = cards.stream().map(ContactImport::draft).flatMap(Optional::stream).toList();
        return drafts.isEmpty() ? List.of() : added(turn, addAll(turn, drafts));
    }

    private record Result(int added, int skipped) {
    }

    private Result addAll(Turn turn, List<Contacts.Draft> drafts) {
        Set<String> known = new HashSet<>();
        for (Contact c : contacts.all(turn.userId())) {
            known.add(key(c.name(), c.phone(), c.email()));
        }
        int added = 0;
        for (Contacts.Draft draft : drafts) {
            if (draft.name().isBlank() || !known.add(key(draft.name(), draft.phone(), draft.email()))) {
                continue;
            }
            contacts.add(turn.userId(), draft);
            added++;
        }
        return new Result(added, drafts.size() - added);
    }

    private static List<Reply> added(Turn turn, Result result) {
        return List.of(turn.say("contacts.imported", result.added(), result.skipped()));
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
        String phone = card.getTelephoneNumbers().isEmpty() ? null : card.getTelephoneNumbers().get(0).getText();
        String email = card.getEmails().isEmpty() ? null : card.getEmails().get(0).getValue();
        return Optional.of(new Contacts.Draft(name.strip(), account, role, phone, email, birthday(card.getBirthday())));
    }

    /** A full date, or a day and month without a year ("--0312" in vCard 4). */
    private static TypedDate birthday(Birthday birthday) {
        if (birthday == null) {
            return null;
        }
        try {
            if (birthday.getDate() != null && birthday.getDate().isSupported(ChronoField.DAY_OF_MONTH)) {
                TemporalAccessor date = birthday.getDate();
                return new TypedDate(MonthDay.of(date.get(ChronoField.MONTH_OF_YEAR), date.get(ChronoField.DAY_OF_MONTH)),
                        date.isSupported(ChronoField.YEAR) ? OptionalInt.of(date.get(ChronoField.YEAR)) : OptionalInt.empty());
            }
            PartialDate partial = birthday.getPartialDate();
            if (partial != null && partial.getMonth() != null && partial.getDate() != null) {
                return new TypedDate(MonthDay.of(partial.getMonth(), partial.getDate()),
                        partial.getYear() == null ? OptionalInt.empty() : OptionalInt.of(partial.getYear()));
            }
        } catch (java.time.DateTimeException | IllegalArgumentException e) {
            return null;
        }
        return null;
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

    private static String key(String name, String phone, String email) {
        return NameMatcher.normalise(name) + "|" + nullToEmpty(phone).replaceAll("[^0-9+]", "") + "|" + nullToEmpty(email).toLowerCase(Locale.ROOT);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
