package nl.homerun.newbusiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.homerun.newbusiness.SuspectList.Candidate;
import nl.homerun.newbusiness.SuspectList.Names;
import nl.homerun.newbusiness.SuspectList.Read;
import nl.homerun.newbusiness.SuspectList.Unreadable;

/** Suspects as people type, paste and export them: lines, a line of names, CSV files of every kind, vCards. */
class SuspectListTest {

    @Test
    void typedLinesGiveTheCompanyFirstAndSortTheRestByWhatTheyLookLike() {
        List<Candidate> found = SuspectList.fromText("""
                1. Fabrikam B.V.; Jan de Vries; jan@fabrikam.nl
                - Contoso, Eva Claes, +31 6 1234 5678

                • Initech\tBill Lumbergh
                Globex - Hank Scorpio
                """);
        assertThat(found).containsExactly(new Candidate("Fabrikam B.V.", "Jan de Vries", "jan@fabrikam.nl", null),
                new Candidate("Contoso", "Eva Claes", null, "+31 6 1234 5678"), new Candidate("Initech", "Bill Lumbergh", null, null),
                new Candidate("Globex", "Hank Scorpio", null, null));
    }

    @Test
    void aSingleLineWithCommasIsAListOfCompaniesButWithASemicolonOneSuspect() {
        assertThat(SuspectList.fromText("Acme, Umbrella,  Wayne Enterprises ,")).extracting(Candidate::name)
                .containsExactly("Acme", "Umbrella", "Wayne Enterprises");
        assertThat(SuspectList.fromText("Fabrikam B.V.; Jan de Vries"))
                .containsExactly(new Candidate("Fabrikam B.V.", "Jan de Vries", null, null));
        assertThat(SuspectList.fromText("Contoso, Eva Claes, eva@contoso.nl"))
                .containsExactly(new Candidate("Contoso", "Eva Claes", "eva@contoso.nl", null));
    }

    @Test
    void aCsvWithAHeaderQuotesAndSemicolonsAsDutchSpreadsheetsSaveIt() {
        String csv = "\uFEFFBedrijf;Contactpersoon;Telefoon;E-mail\r\n\"Jansen & Zn; Bouw B.V.\";Piet Jansen;010-1234567;piet@jansen.nl\r\n"
                + "Globex;;;\r\n;Niemand;;\r\n\r\n";
        Names names = (Names) SuspectList.fromFile("lijst.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(names.candidates()).containsExactly(new Candidate("Jansen & Zn; Bouw B.V.", "Piet Jansen", "piet@jansen.nl",
                "010-1234567"), new Candidate("Globex", null, null, null));
        assertThat(names.nameless()).isEqualTo(1);
    }

    @Test
    void aCsvWithoutHeaderCommasAndWindowsAccents() {
        byte[] bytes = "Café Noir,Zoë Müller\nInitech,bill@initech.com\n".getBytes(Charset.forName("windows-1252"));
        Names names = (Names) SuspectList.fromFile("export.CSV", null, bytes);
        assertThat(names.candidates()).containsExactly(new Candidate("Café Noir", "Zoë Müller", null, null),
                new Candidate("Initech", null, "bill@initech.com", null));
    }

    @Test
    void theFileNameSaysWhatItIsBeforeTheTypeDoes() {
        Read read = SuspectList.fromFile("suspects.csv", "text/vcard", "Acme;Jan\n".getBytes(StandardCharsets.UTF_8));
        assertThat(((Names) read).candidates()).containsExactly(new Candidate("Acme", "Jan", null, null));
        Read byType = SuspectList.fromFile("upload", "text/comma-separated-values", "Acme\n".getBytes(StandardCharsets.UTF_8));
        assertThat(((Names) byType).candidates()).containsExactly(new Candidate("Acme", null, null, null));
    }

    @Test
    void aCompanyColumnAloneOrANameColumnAloneIsTheCompany() {
        Names names = (Names) SuspectList.fromFile("a.csv", "text/csv", "name,email\nAcme,info@acme.com\n".getBytes(StandardCharsets.UTF_8));
        assertThat(names.candidates()).containsExactly(new Candidate("Acme", null, "info@acme.com", null));
    }

    @Test
    void whatCannotBeReadSaysWhy() {
        assertThat(read("lijst.xlsx", "PK\u0003\u0004...")).isEqualTo(new Unreadable("spreadsheet"));
        assertThat(read("lijst.csv", "PK\u0003\u0004...")).isEqualTo(new Unreadable("spreadsheet"));
        assertThat(read("foto.jpg", "\u00FF\u00D8")).isEqualTo(new Unreadable("kind"));
        assertThat(read("lijst.csv", "Bedrijf,Naam\n\"Acme,Jan\n")).isEqualTo(new Unreadable("csv"));
        assertThat(read("lijst.csv", "\n\n")).isEqualTo(new Unreadable("empty"));
        assertThat(read("kaarten.vcf", "geen kaarten hier")).isEqualTo(new Unreadable("vcf"));
    }

    @Test
    void aVcardGivesItsCompanyWithThePersonOrElseThePerson() {
        String vcf = """
                BEGIN:VCARD
                VERSION:3.0
                FN:Jan de Vries
                ORG:Fabrikam B.V.
                EMAIL:jan@fabrikam.nl
                TEL:+31 6 1111 2222
                END:VCARD
                BEGIN:VCARD
                VERSION:3.0
                FN:Eva Claes
                END:VCARD
                BEGIN:VCARD
                VERSION:3.0
                NOTE:no name
                END:VCARD
                """;
        Names names = (Names) SuspectList.fromFile("contacts.vcf", "text/vcard", vcf.getBytes(StandardCharsets.UTF_8));
        assertThat(names.candidates()).containsExactly(new Candidate("Fabrikam B.V.", "Jan de Vries", "jan@fabrikam.nl",
                "+31 6 1111 2222"), new Candidate("Eva Claes", null, null, null));
        assertThat(names.nameless()).isEqualTo(1);
    }

    private static Read read(String name, String content) {
        return SuspectList.fromFile(name, null, content.getBytes(StandardCharsets.ISO_8859_1));
    }
}
