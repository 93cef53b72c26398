package nl.homerun.understanding;

import static nl.homerun.understanding.TestContacts.contact;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.homerun.contacts.Contact;

/** Whom a note is about, read against an invented address book. */
class PeopleFinderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private static final List<Contact> BOOK = List.of(
            contact("Gijsbert Vonk", "Vonk Metaalwerken B.V.", "directeur"),
            contact("Annelies Brink", "Vonk Metaalwerken B.V.", "inkoper"),
            contact("Karel Vonk", "Stadsbakkerij Oosterhout", "eigenaar"),
            contact("Bart Hendriks", "Stadsbakkerij Oosterhout", "bedrijfsleider"),
            contact("Bart Lemmens", "Kwekerij Groeneveld", "teeltadviseur"),
            contact("Jozef Aerts", "Kwekerij Groeneveld", "zaakvoerder"),
            contact("Mathilde Verbeek", "Hanze Transport Noord B.V.", "planner"),
            contact("Floris Dekkers", "Hanze Transport Noord B.V.", "fleetmanager"),
            contact("Corinne Maas", "Tolhuis Advies", "partner"),
            contact("Korinne Wessels", "Ravenstein Zorg", "teamleider"),
            contact("Reinier-Jan Bosman", "Ravenstein Zorg", "locatiemanager"),
            contact("Gwendolyn Price", "Ashford & Lyle Ltd", "buyer"),
            contact("Theodore Lyle", "Ashford & Lyle Ltd", "managing director"),
            contact("Walter Barnes", "Copperfield Mills plc", "plant manager"),
            contact("Theodore Quinn", "Copperfield Mills plc", "buyer"),
            contact("Margaret Olsen", "Pelham Freight Services Ltd", "transport manager"),
            contact("Nathaniel Ross", "Pelham Freight Services Ltd", "finance lead"));

    private final NoteReader reader = new NoteReader(BOOK);

    private List<String> people(String note) {
        return reader.read(note, TODAY).people().stream().map(Contact::name).toList();
    }

    private List<String> ask(String note) {
        return reader.read(note, TODAY).ask().stream().map(Contact::name).toList();
    }

    @Test
    void aFirstNameWithATypoIsTheContact() {
        assertThat(people("mathlide gebeld over de planning van april")).containsExactly("Mathilde Verbeek");
        assertThat(people("Spoke to Nathanial about the invoices.")).containsExactly("Nathaniel Ross");
    }

    @Test
    void someoneElseWithAContactsSurnameIsNotThatContact() {
        assertThat(people("De nieuwe planner Sanne Verbeek begint in mei.")).isEmpty();
        assertThat(people("Spoke to Laura Olsen from accounts.")).isEmpty();
        assertThat(people("Gesprek met Verbeek over de planning.")).containsExactly("Mathilde Verbeek");
        assertThat(people("Mathilde Verbeek gebeld")).containsExactly("Mathilde Verbeek");
    }

    @Test
    void aShortFormIsTheFullFirstName() {
        assertThat(people("met sjef de nieuwe werkbroeken doorgenomen")).containsExactly("Jozef Aerts");
        assertThat(people("peggy asked for a second quote")).containsExactly("Margaret Olsen");
        assertThat(people("jef wil eerst de referenties zien")).containsExactly("Jozef Aerts");
        NoteReader flemishAndArabic = new NoteReader(List.of(contact("Mohammed Saleh", "Saleh Foods Ltd", null),
                contact("Gustaaf Maes", "Maes Schrijnwerk", null)));
        assertThat(flemishAndArabic.read("mo rang about the pallets, staf ook gebeld", TODAY).people())
                .extracting(Contact::name).containsExactlyInAnyOrder("Mohammed Saleh", "Gustaaf Maes");
    }

    @Test
    void aSurnameTypedSmallAfterACapitalisedGivenNameIsTheContact() {
        assertThat(people("Bij Hanze geweest met Floris dekkers")).containsExactly("Floris Dekkers");
        assertThat(reader.read("Bij Hanze geweest met Floris dekkers. offerte vrijdag", TODAY).promises())
                .singleElement().satisfies(p -> assertThat(p.person().name()).isEqualTo("Floris Dekkers"));
    }

    @Test
    void aNoteAboutAnAccountWithOnePersonNamedIsForThatPerson() {
        assertThat(reader.read("Tolhuis Advies: offerte vrijdag sturen", TODAY).promises())
                .singleElement().satisfies(p -> assertThat(p.person().name()).isEqualTo("Corinne Maas"));
    }

    @Test
    void aNamesakeIsSettledByTheOnlyPronounTheNoteUses() {
        assertThat(people("theo rang, contract to her by the 11th. she's off over xmas")).isEmpty();
        NoteReader namesakes = new NoteReader(List.of(contact("Christopher Nguyen", "Sunburst Cafes", null),
                contact("Christine Adams", "Lakeside Leisure", null)));
        assertThat(namesakes.read("Chris rang - contract to her by the 11th. she's off over xmas", TODAY).people())
                .extracting(Contact::name).containsExactly("Christine Adams");
        assertThat(namesakes.read("Chris rang - he wants the contract, she will sign", TODAY).ask()).hasSize(2);
    }

    @Test
    void aShortFormOpeningALowerCaseNoteOrHeadingItIsTheContact() {
        assertThat(people("floor teruggebeld, wil de offerte")).isEmpty();
        NoteReader reader = new NoteReader(List.of(contact("Willem Hoekstra", "Hoekstra Zuivel B.V.", null)));
        assertThat(reader.read("wim teruggebeld. proefzending overmorgen sturen", TODAY).people())
                .extracting(Contact::name).containsExactly("Willem Hoekstra");
        assertThat(reader.read("wim: proef goed bevallen", TODAY).people()).extracting(Contact::name)
                .containsExactly("Willem Hoekstra");
    }

    @Test
    void aShortFormWithASurnameIsThatContactAndWithoutOneIsAskedBesideSomeoneOfThatName() {
        NoteReader reader = new NoteReader(List.of(contact("Jos Bakker", "Bakker Akkerbouw", null),
                contact("Jozef Wouters", "Wouters Landbouw", null), contact("Antoon Peeters", "Hoeve Peeters", null),
                contact("Christopher Lee", "Maple Ridge", null)));
        assertThat(reader.read("jos wouters akkoord op de spuit", TODAY).people()).extracting(Contact::name)
                .containsExactly("Jozef Wouters");
        assertThat(reader.read("jos gesproken, wil nog wachten", TODAY).ask()).extracting(Contact::name)
                .containsExactlyInAnyOrder("Jos Bakker", "Jozef Wouters");
        assertThat(reader.read("jos van bakker akkerbouw gesproken, wil nog wachten", TODAY).people())
                .extracting(Contact::name).containsExactly("Jos Bakker");
        assertThat(reader.read("toon belde zelf, wil toch een offerte", TODAY).people()).extracting(Contact::name)
                .containsExactly("Antoon Peeters");
        assertThat(reader.read("starter kits needed by 1 april", TODAY).people()).isEmpty();
    }

    @Test
    void aShortFormOfSeveralFullNamesIsSettledByTheSurnameOrTheAccount() {
        NoteReader reader = new NoteReader(List.of(contact("Johannes Bakker", "Melkveebedrijf Bakker", null),
                contact("Jozef Wouters", "Wouters Landbouw", null), contact("Samuel Hughes", "Northfield", null),
                contact("Samantha Lane", "Lakeshore", null)));
        assertThat(reader.read("Jos Bakker belde, wil de offerte", TODAY).people()).extracting(Contact::name)
                .containsExactly("Johannes Bakker");
        assertThat(reader.read("bij melkveebedrijf bakker geweest, jos wil nog wachten", TODAY).people())
                .extracting(Contact::name).containsExactly("Johannes Bakker");
        assertThat(reader.read("jos gesproken, wil nog wachten", TODAY).ask()).extracting(Contact::name)
                .containsExactlyInAnyOrder("Johannes Bakker", "Jozef Wouters");
        assertThat(reader.read("Sam Lane called back, wants the quote", TODAY).people()).extracting(Contact::name)
                .containsExactly("Samantha Lane");
        assertThat(reader.read("at northfield today, sam wants the quote", TODAY).people()).extracting(Contact::name)
                .containsExactly("Samuel Hughes");
    }

    @Test
    void anAccountTypedSmallInANoteWithCapitalsStillPointsAtItsPeople() {
        NoteReader reader = new NoteReader(List.of(contact("Johannes Bakker", "Melkveebedrijf Bakker", null),
                contact("Jozef Van Damme", "Serres Van Damme bv", null), contact("Samuel Hughes", "Northfield", null),
                contact("Samantha Lane", "Lakeshore", null)));
        assertThat(reader.read("Jos van de serres: offerte. Hij gaat naar zijn dochter in Valencia", TODAY).people())
                .extracting(Contact::name).containsExactly("Jozef Van Damme");
        assertThat(reader.read("Sam from northfield rang. She is off to Madrid next week", TODAY).people())
                .extracting(Contact::name).containsExactly("Samuel Hughes");
    }

    @Test
    void theWordsThatNamePeopleAreKeptForTheSignalReader() {
        NoteReader reader = new NoteReader(List.of(contact("Robert Hughes", "Northfield", null),
                contact("Robert Kowalski", "Lakeshore", null), contact("Mark Lee", "Maple Ridge", null)));
        assertThat(reader.read("rob rang, wants a quote. mark lee too", TODAY).namesTyped())
                .containsExactlyInAnyOrder("rob", "mark", "lee");
        assertThat(reader.read("Mark rang: his successor will be Dr Niamh Kelly", TODAY).namesTyped())
                .containsExactlyInAnyOrder("mark", "niamh", "kelly");
    }

    @Test
    void aShortFormWithAnSTypedForItsApostropheIsTheContactOnlyWhereItSaysIsOrHas() {
        NoteReader reader = new NoteReader(List.of(contact("Robert Hall", "Hall Brothers Removals Ltd", null),
                contact("Christopher Lee", "Maple Ridge", null)));
        assertThat(reader.read("robs off to spain for easter w the kids", TODAY).people())
                .extracting(Contact::name).containsExactly("Robert Hall");
        assertThat(reader.read("visit at hall brothers, starter kits arrived", TODAY).people())
                .extracting(Contact::name).containsExactly("Robert Hall");
    }

    @Test
    void twoContactsWithOneFirstNameAreAskedAbout() {
        assertThat(people("bart belde, wil nieuwe schorten")).isEmpty();
        assertThat(ask("bart belde, wil nieuwe schorten")).containsExactlyInAnyOrder("Bart Hendriks", "Bart Lemmens");
    }

    @Test
    void aSurnameTypedShortSettlesIt() {
        NoteReader irish = new NoteReader(List.of(contact("Sean O'Brien", "Kilbride Haulage Ltd"),
                contact("Sean Murphy", "Murphy Bros Ltd"), contact("Callum McIntyre", "Glen Foods Ltd"),
                contact("Callum Reid", "Glen Foods Ltd")));
        assertThat(irish.read("sean o'b rang about the pallets", TODAY).people()).extracting(Contact::name)
                .containsExactly("Sean O'Brien");
        assertThat(irish.read("Text from Callum McI, all sorted for friday", TODAY).people()).extracting(Contact::name)
                .containsExactly("Callum McIntyre");
        assertThat(irish.read("sean no answer, try again", TODAY).ask()).extracting(Contact::name)
                .containsExactlyInAnyOrder("Sean O'Brien", "Sean Murphy");
    }

    @Test
    void anEverydayWordIsNoNameMisspeltAndACueStaysInItsClause() {
        NoteReader withOwen = new NoteReader(List.of(contact("Owen Pryce", "Pryce Joinery Ltd"),
                contact("Nathaniel Ross", "Pelham Freight Services Ltd"), contact("Willem Kok", "Kok Installatie B.V."),
                contact("Gijsbert Vonk", "Vonk Metaalwerken B.V.")));
        assertThat(withOwen.read("went through the open orders with nathaniel", TODAY).people()).extracting(Contact::name)
                .containsExactly("Nathaniel Ross");
        assertThat(withOwen.read("tekening naar gijsbert gemaild, optie b spreekt aan, wil een proefmodel", TODAY).people())
                .extracting(Contact::name).containsExactly("Gijsbert Vonk");
        assertThat(withOwen.read("offerte naar gijsbert, daarna met wil gesproken", TODAY).people()).extracting(Contact::name)
                .containsExactly("Gijsbert Vonk", "Willem Kok");
    }

    @Test
    void aNameSpeltAnotherWayThatSoundsTheSameIsAskedAbout() {
        assertThat(ask("korinne vroeg om de prijslijst")).containsExactlyInAnyOrder("Korinne Wessels", "Corinne Maas");
    }

    @Test
    void theSurnameOrItsInitialSettlesIt() {
        assertThat(people("Bart Lemmens gesproken over de kas")).containsExactly("Bart Lemmens");
        assertThat(people("bart h. wil volgende week langskomen")).containsExactly("Bart Hendriks");
        assertThat(ask("bart h. wil volgende week langskomen")).isEmpty();
    }

    @Test
    void theAccountOrAColleagueSettlesIt() {
        assertThat(people("bart van groeneveld belde over de levering")).containsExactly("Bart Lemmens");
        assertThat(people("bij de bakkerij geweest, bart tevreden")).containsExactly("Bart Hendriks");
        assertThat(people("theo and gwen want the samples by friday")).containsExactlyInAnyOrder("Theodore Lyle",
                "Gwendolyn Price");
    }

    @Test
    void anAccountWithoutItsLegalFormIsAboutAllItsPeople() {
        assertThat(people("Bezoek bij Hanze Transport, alles loopt goed.")).containsExactlyInAnyOrder("Mathilde Verbeek",
                "Floris Dekkers");
        assertThat(people("copperfield renewed for another year")).containsExactlyInAnyOrder("Walter Barnes",
                "Theodore Quinn");
    }

    @Test
    void anAccountByItsInitialsIsAboutItsPeople() {
        assertThat(people("A&L signed the order today.")).containsExactlyInAnyOrder("Gwendolyn Price", "Theodore Lyle");
    }

    @Test
    void anAccountWrittenOutIsNoSurname() {
        assertThat(people("Quote sent to Ashford & Lyle for the spring range.")).containsExactlyInAnyOrder(
                "Gwendolyn Price", "Theodore Lyle");
    }

    @Test
    void aNoteNamingSomeoneAtAnAccountIsAboutThemOnly() {
        assertThat(people("Hanze Transport: Floris wil een offerte voor 20 jassen.")).containsExactly("Floris Dekkers");
    }

    @Test
    void aWordThatIsBothAnAccountAndASurnameIsAskedAbout() {
        assertThat(ask("vonk gebeld over de facturen")).containsExactlyInAnyOrder("Gijsbert Vonk", "Annelies Brink",
                "Karel Vonk");
    }

    @Test
    void aLowercaseNoteIsReadLikeAnyOther() {
        assertThat(people("floris dekkers gesproken, tevreden over de levering")).containsExactly("Floris Dekkers");
    }

    @Test
    void aHyphenatedFirstNameTypedWithASpaceIsTheContact() {
        assertThat(people("reinier jan gebeld over de nieuwe locatie")).containsExactly("Reinier-Jan Bosman");
    }

    @Test
    void everydayWordsCloseToANameAreNoName() {
        assertThat(people("Daar gaan we in maart mee verder, willen ze zeggen.")).isEmpty();
        assertThat(people("Walter says the line is down in March")).containsExactly("Walter Barnes");
    }

    @Test
    void anEverydayWordOpeningASentenceIsOnlyANameWithACue() {
        NoteReader withWilliam = new NoteReader(List.of(contact("William Hart", "Hart Joinery Ltd", "owner")));
        assertThat(withWilliam.read("Quote is ready. Will send it on Friday.", TODAY).people()).isEmpty();
        assertThat(withWilliam.read("Quote is ready. Will called to ask for it.", TODAY).people()).hasSize(1);
    }

    @Test
    void aRelativeWithAContactsNameIsNoContact() {
        assertThat(people("Annelies vertelde dat haar man Karel met pensioen gaat")).containsExactly("Annelies Brink");
    }

    @Test
    void aChildNamedLikeAContactIsNoContact() {
        assertThat(people("Floris vertelde dat dochter Mathilde gaat studeren")).containsExactly("Floris Dekkers");
    }

    @Test
    void aSurnameAfterAnHonorificIsAPersonNotTheCompany() {
        assertThat(ask("mevrouw Vonk gebeld over de facturen")).containsExactlyInAnyOrder("Gijsbert Vonk", "Karel Vonk");
        assertThat(people("Spoke to Mr Quinn about the order")).containsExactly("Theodore Quinn");
    }

    @Test
    void aRoleOrKindOfBusinessSettlesAFirstName() {
        assertThat(people("bart (teeltadviseur) wil een nieuw pakket")).containsExactly("Bart Lemmens");
        assertThat(ask("bart vroeg naar de levertijd, even checken met transport")).hasSize(2);
    }

    @Test
    void theEmployerOfSomeoneNewOnlyPointsAtItsPeople() {
        assertThat(people("sanne de wit (tolhuis) gesproken over een proefpakket")).isEmpty();
    }

    @Test
    void aMonthWrittenShortIsNoFirstName() {
        List<Contact> book = List.of(contact("Jan Wolters", "Wolters Groep", null), contact("Jan Kok", "Kok B.V.", null));
        NoteReader withJans = new NoteReader(book);
        assertThat(withJans.read("offerte loopt af op 15 jan, daarna verlengen", TODAY).ask()).isEmpty();
        assertThat(withJans.read("eind jan nieuwe prijzen", TODAY).ask()).isEmpty();
        assertThat(withJans.read("jan gebeld over de prijzen", TODAY).ask()).hasSize(2);
    }

    @Test
    void aFirstNameWithAnotherSurnameIsSomeoneElse() {
        assertThat(people("Vandaag kennisgemaakt met Floris Vermeer, de nieuwe inkoper.")).isEmpty();
        assertThat(ask("Bart Zijlstra belde namens de gemeente.")).isEmpty();
    }

    /** Speed is measured in NoteReaderBenchmark; here: with 5,000 contacts the one meant is still found. */
    @Test
    void aLargeAddressBookStillFindsTheOneMeant() {
        String[] first = {"Anna", "Bart", "Carla", "Dirk", "Eva", "Frank", "Greet", "Hugo", "Iris", "Joris", "Kim", "Lars",
            "Mila", "Niels", "Olga", "Pim", "Rosa", "Sven", "Tess", "Ugo", "Vera", "Wout", "Xander", "Yara", "Zeno"};
        List<Contact> big = new ArrayList<>(BOOK);
        for (int i = 0; i < 5_000; i++) {
            big.add(contact(first[i % first.length] + " Achter" + i, "Bedrijf" + i / 5 + " B.V.", "inkoper"));
        }
        PeopleFinder large = new PeopleFinder(big);

        assertThat(large.find("Kim Achter60 gebeld, wil 40 jassen").mentions()).extracting(m -> m.contact().name())
                .containsExactly("Kim Achter60");
        PeopleFinder.Found kim = large.find("kim gebeld, wil 40 jassen");
        assertThat(kim.mentions()).isEmpty();
        assertThat(kim.undecided()).singleElement().satisfies(group -> assertThat(group).hasSizeGreaterThan(100));
    }
    /** A book where a short form fits a second contact beside one of that very name. */
    private static final NoteReader SHORT_FORMS = new NoteReader(List.of(
            contact("Lies van den Borre", "Tandartspraktijk Zuidhoek", "praktijkmanager"),
            contact("Annelies Kramer", "Kramer Accountants", "office manager"),
            contact("Henk Brouwer", "Bakkerij Brouwer", "eigenaar"),
            contact("Henk Veldkamp", "Veldkamp Installatie", "directeur"),
            contact("Hendrik Willems", "Willems Elektro", "eigenaar"),
            contact("Gert-Jan Bosma", "Autobedrijf Bosma", "directeur")));

    private static List<String> names(List<Contact> contacts) {
        return contacts.stream().map(Contact::name).toList();
    }

    @Test
    void aShortFormBesideTheSameNameIsAskedUnlessTheNoteSettlesIt() {
        assertThat(names(SHORT_FORMS.read("lies gebeld, geen gehoor", TODAY).ask()))
                .containsExactlyInAnyOrder("Lies van den Borre", "Annelies Kramer");
        assertThat(names(SHORT_FORMS.read("lies van kramer accountants gesproken, info sturen", TODAY).people()))
                .containsExactly("Annelies Kramer");
    }

    @Test
    void aSurnamesInitialOrTheGivenNamesInitialsSettleWhoIsMeant() {
        assertThat(names(SHORT_FORMS.read("offerte naar henk v. verstuurd", TODAY).people())).containsExactly("Henk Veldkamp");
        assertThat(names(SHORT_FORMS.read("gj bosma eindelijk gezien, over 2 weken terugkomen", TODAY).people()))
                .containsExactly("Gert-Jan Bosma");
    }

    @Test
    void aContactNamedTwiceInWordsThatOverlapIsReadWithoutFailing() {
        NoteReader oneHenk = new NoteReader(List.of(contact("Hendrik Willems", "Willems Elektro", "eigenaar"),
                contact("Henk Arts", "Arts Bouw", "uitvoerder")));
        var read = oneHenk.read("Hendrik Willems eindelijk gesproken (belde do niet terug). iedereen noemt hem gewoon "
                + "Henk, hendrik zegt niemand. in december weer bellen", TODAY);
        assertThat(names(read.people())).contains("Hendrik Willems");
    }

    /** A second book, for the words that are names and everyday words at once, and for accents. */
    private static final NoteReader NAMESAKES = new NoteReader(List.of(
            contact("Linda Kok", "Kok Schoonmaakdiensten B.V.", "inkoper"),
            contact("Stephen Price", "Price & Sons Builders Merchants Ltd", "branch manager"),
            contact("Johannes Bakker", "Bakker Installatietechniek B.V.", "directeur"),
            contact("Cornelis van Dijk", "Stichting Zorgcentrum De Linde", "facilitair manager"),
            contact("Seán Murphy", "Murphy Bros. Construction Ltd.", "contracts manager"),
            contact("Sean Walsh", "Walsh Scaffolding Ltd", "owner")));

    private static List<String> namesakes(String note) {
        return NAMESAKES.read(note, TODAY).people().stream().map(Contact::name).toList();
    }

    @Test
    void aSurnameOrAccountThatIsAlsoAWordIsThatWordTypedSmall() {
        assertThat(namesakes("bezoek sint-jozef, de kok zat er ook bij")).isEmpty();
        assertThat(namesakes("needs prices before the board meets")).isEmpty();
        assertThat(namesakes("price is everything for him")).isEmpty();
        assertThat(namesakes("bezoek bij kok schoonmaak")).containsExactly("Linda Kok");
        assertThat(namesakes("called price & sons about the vans")).containsExactly("Stephen Price");
    }

    @Test
    void anAccountIsNamedByTheWordAfterItsKindOfBusiness() {
        assertThat(namesakes("offerte waterkoelers naar de linde gemaild")).containsExactly("Cornelis van Dijk");
    }

    @Test
    void hansIsJohannesAndNoWordButSomeoneOfOurOwnIsNoContact() {
        assertThat(namesakes("offerte 2e automaat naar hans")).containsExactly("Johannes Bakker");
        assertThat(namesakes("hans van onze planning zegt dat mei krap wordt")).isEmpty();
    }

    @Test
    void aNameTypedWithItsAccentsIsTheContactWithThem() {
        assertThat(namesakes("delivery slots confirmed w seán")).containsExactly("Seán Murphy");
        assertThat(NAMESAKES.read("delivery slots confirmed w sean", TODAY).ask()).extracting(Contact::name)
                .containsExactlyInAnyOrder("Seán Murphy", "Sean Walsh");
    }
}
