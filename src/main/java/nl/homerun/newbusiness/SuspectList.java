package nl.homerun.newbusiness;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Suspects as the user gives them: typed or pasted lines ("Fabrikam B.V.; Jan de Vries; jan@fabrikam.nl"), a line of
 * names with commas, a {@code .csv} file as a spreadsheet saves it (read with Apache Commons CSV: quotes, {@code ;} or
 * {@code ,} or tabs, a header row or none), or a {@code .vcf} file from a phone (read with ez-vcard: the company, else
 * the person's name). Nothing here decides what is a duplicate: that is the tournament's list to know.
 */
final class SuspectList {

    /** The largest file read. */
    static final long MAX_BYTES = 2L * 1024 * 1024;

    /** A suspect as given: the company, and the person there with their e-mail and phone when given. */
    record Candidate(String name, String person, String email, String phone) {
    }

    /** What a file gave: the suspects, and how many rows had no name to use. */
    sealed interface Read permits Names, Unreadable {
    }

    record Names(List<Candidate> candidates, int nameless) implements Read {
    }

    /** Why a file gave nothing: {@code reason} names the text that says so ({@code newbusiness.file.<reason>}). */
    record Unreadable(String reason) implements Read {
    }

    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•·–]|\\d{1,3}[.)]|\\[ ?\\])\\s*");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
    private static final Pattern PHONE = Pattern.compile("[+0(][\\d\\s()./-]{7,}");
    private static final List<String> COMPANY = List.of("bedrijf", "bedrijfsnaam", "company", "organisatie", "organization",
            "organisation", "account", "firma", "klant", "org", "onderneming", "suspect");
    private static final List<String> PERSON = List.of("contactpersoon", "contact", "naam", "name", "persoon", "person",
            "full name", "volledige naam");
    private static final List<String> MAIL = List.of("e-mail", "email", "mail", "e-mailadres", "emailadres", "email address");
    private static final List<String> TEL = List.of("telefoon", "telefoonnummer", "phone", "tel", "mobiel", "mobile", "gsm");

    private SuspectList() {
    }

    /**
     * Typed or pasted: a suspect per line (bullets and numbers before it dropped), its fields split by tabs, {@code ;},
     * {@code ,} or " - "; a single line with commas only (no e-mail address, phone number, tab or {@code ;}) is a list
     * of companies.
     */
    static List<Candidate> fromText(String text) {
        List<String> lines = text.lines().map(l -> BULLET.matcher(l).replaceFirst("").strip()).filter(l -> !l.isEmpty()).toList();
        List<Candidate> found = new ArrayList<>();
        if (lines.size() == 1 && lines.get(0).contains(",") && !lines.get(0).matches(".*[;\\t].*")
                && !EMAIL.matcher(lines.get(0)).find() && !PHONE.matcher(lines.get(0)).find()) {
            for (String name : lines.get(0).split(",")) {
                if (!name.isBlank()) {
                    found.add(new Candidate(name.strip(), null, null, null));
                }
            }
            return found;
        }
        for (String line : lines) {
            List<String> fields = List.of(line.split("\\t|;|,|\\s[-–—|]\\s"));
            candidate(fields.stream().map(String::strip).toList()).ifPresent(found::add);
        }
        return found;
    }

    /** The first field the company, the others sorted into e-mail, phone and person by what they look like. */
    private static java.util.Optional<Candidate> candidate(List<String> fields) {
        String name = fields.isEmpty() ? "" : fields.get(0);
        if (name.isBlank() || EMAIL.matcher(name).matches()) {
            return java.util.Optional.empty();
        }
        String person = null;
        String email = null;
        String phone = null;
        for (String field : fields.subList(1, fields.size())) {
            if (field.isBlank()) {
                continue;
            }
            if (email == null && EMAIL.matcher(field).matches()) {
                email = field;
            } else if (phone == null && PHONE.matcher(field).matches()) {
                phone = field;
            } else if (person == null && field.codePoints().anyMatch(Character::isLetter)) {
                person = field;
            }
        }
        return java.util.Optional.of(new Candidate(name, person, email, phone));
    }

    /**
     * A file: {@code .csv}, {@code .vcf} or {@code .txt}, by its name (phones send a CSV as "text/comma-separated-values"
     * or even as a vCard's type), else by its type; anything else is said to be unreadable.
     */
    static Read fromFile(String fileName, String mimeType, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        String type = mimeType == null ? "" : mimeType.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".numbers") || name.endsWith(".ods")
                || type.contains("spreadsheet") || type.contains("excel")) {
            return new Unreadable("spreadsheet");
        }
        boolean named = name.matches(".*\\.(vcf|csv|txt)");
        boolean vcf = named ? name.endsWith(".vcf") : type.contains("vcard");
        boolean csv = named ? name.endsWith(".csv") : type.contains("csv") || type.contains("comma-separated");
        boolean txt = named ? name.endsWith(".txt") : type.equals("text/plain");
        if (!vcf && !csv && !txt) {
            return new Unreadable("kind");
        }
        if (content.length >= 2 && content[0] == 'P' && content[1] == 'K' || binary(content)) {
            return new Unreadable("spreadsheet");
        }
        String text = decode(content);
        if (vcf) {
            return fromVcf(text);
        }
        if (txt) {
            List<Candidate> found = fromText(text);
            return found.isEmpty() ? new Unreadable("empty") : new Names(found, 0);
        }
        return fromCsv(text);
    }

    private static Read fromVcf(String text) {
        List<VCard> cards = Ezvcard.parse(text).all();
        if (cards.isEmpty()) {
            return new Unreadable("vcf");
        }
        List<Candidate> found = new ArrayList<>();
        int nameless = 0;
        for (VCard card : cards) {
            String person = card.getFormattedName() == null ? null : blankToNull(card.getFormattedName().getValue());
            if (person == null && card.getStructuredName() != null) {
                person = blankToNull((nullToEmpty(card.getStructuredName().getGiven()) + " "
                        + nullToEmpty(card.getStructuredName().getFamily())).strip());
            }
            String company = card.getOrganization() == null || card.getOrganization().getValues().isEmpty() ? null
                    : blankToNull(card.getOrganization().getValues().get(0));
            String email = card.getEmails().isEmpty() ? null : blankToNull(card.getEmails().get(0).getValue());
            String phone = card.getTelephoneNumbers().isEmpty() ? null : blankToNull(card.getTelephoneNumbers().get(0).getText());
            if (company == null && person == null) {
                nameless++;
            } else {
                found.add(company == null ? new Candidate(person, null, email, phone) : new Candidate(company, person, email, phone));
            }
        }
        return new Names(found, nameless);
    }

    private static Read fromCsv(String text) {
        String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        if (first.isEmpty()) {
            return new Unreadable("empty");
        }
        char delimiter = delimiter(first);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).setTrim(true)
                .setIgnoreSurroundingSpaces(true).get();
        List<CSVRecord> rows;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            rows = parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            return new Unreadable("csv");
        }
        if (rows.isEmpty()) {
            return new Unreadable("empty");
        }
        List<String> header = rows.get(0).toList().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        int company = column(header, COMPANY);
        int person = column(header, PERSON);
        int mail = column(header, MAIL);
        int tel = column(header, TEL);
        boolean hasHeader = company >= 0 || person >= 0 || mail >= 0 || tel >= 0;
        List<Candidate> found = new ArrayList<>();
        int nameless = 0;
        for (CSVRecord row : hasHeader ? rows.subList(1, rows.size()) : rows) {
            List<String> cells = row.toList();
            if (!hasHeader) {
                java.util.Optional<Candidate> c = candidate(cells.stream().map(String::strip).toList());
                if (c.isPresent()) {
                    found.add(c.get());
                } else if (cells.stream().anyMatch(s -> !s.isBlank())) {
                    nameless++;
                }
                continue;
            }
            String theCompany = cell(cells, company >= 0 ? company : person);
            String thePerson = company >= 0 ? cell(cells, person) : null;
            if (theCompany == null) {
                if (cells.stream().anyMatch(s -> !s.isBlank())) {
                    nameless++;
                }
                continue;
            }
            found.add(new Candidate(theCompany, thePerson, cell(cells, mail), cell(cells, tel)));
        }
        return found.isEmpty() && nameless == 0 ? new Unreadable("empty") : new Names(found, nameless);
    }

    /** The delimiter of a line: the one of {@code ;}, tab and {@code ,} it has most of (a comma without any). */
    private static char delimiter(String line) {
        long semicolons = line.chars().filter(c -> c == ';').count();
        long tabs = line.chars().filter(c -> c == '\t').count();
        long commas = line.chars().filter(c -> c == ',').count();
        return semicolons > commas && semicolons >= tabs ? ';' : tabs > commas ? '\t' : ',';
    }

    private static int column(List<String> header, List<String> names) {
        for (String name : names) {
            int at = header.indexOf(name);
            if (at >= 0) {
                return at;
            }
        }
        return -1;
    }

    private static String cell(List<String> cells, int at) {
        return at < 0 || at >= cells.size() ? null : blankToNull(cells.get(at));
    }

    private static boolean binary(byte[] content) {
        for (int i = 0; i < Math.min(content.length, 4096); i++) {
            if (content[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** UTF-8 (its byte-order mark dropped), or Windows-1252 as older spreadsheets save. */
    static String decode(byte[] bytes) {
        int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, skip, bytes.length - skip, Charset.forName("windows-1252"));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
