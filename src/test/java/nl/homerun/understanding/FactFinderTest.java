package nl.homerun.understanding;

import static nl.homerun.understanding.TestContacts.contact;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.homerun.contacts.Contact;
import nl.homerun.understanding.Understanding.FactKind;
import nl.homerun.understanding.Understanding.LifeEvent;

/** Personal facts and life events as the note reader takes them from notes against a small invented address book. */
class FactFinderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final NoteReader READER = new NoteReader(List.of(contact("Anton Verbeek", "Bakkerij Verbeek & Zonen B.V."),
            contact("Marjolein de Wit", "Bakkerij Verbeek & Zonen B.V."), contact("Gregory Walsh", "Ashford Foods Ltd"),
            contact("Nina Patel", "Ashford Foods Ltd"), contact("Teun Sanders", "Kroonstaal B.V.")));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            anton gebeld over de kratten. hij heeft twee zoons                         | Anton Verbeek    | FAMILY
            Teun is een groot Ajax-fan, heeft al jaren een seizoenkaart                 | Teun Sanders      | SPORT
            Marjolein de Wit gesproken. Ze is dol op paardrijden                       | Marjolein de Wit | HOBBIES
            Teun rijdt sinds kort een Tesla, was er trots op                            | Teun Sanders      | CAR
            Anton drinkt zijn koffie zwart, zonder suiker                              | Anton Verbeek    | COFFEE
            teun heeft een hekel aan lange mails, liever even bellen                    | Teun Sanders      | BEHAVIOUR
            Marjolein werkt vanuit huis, alleen op dinsdag op kantoor                  | Marjolein de Wit | WORKPLACE
            anton is 12 mei jarig                                                      | Anton Verbeek    | BIRTHDAY
            Teun is vegetariër, dus geen vlees bij de lunch                             | Teun Sanders      | NOTES
            greg walsh - kids are 4 and 7, wife is a teacher                           | Gregory Walsh    | FAMILY
            nina patel plays padel three times a week                                  | Nina Patel       | SPORT
            Gregory's office is on the 3rd floor overlooking the river                 | Gregory Walsh    | WORKPLACE
            greg just became head of procurement                                       | Gregory Walsh    | ROLE
            nina - always answers within the hour, prefers whatsapp over email         | Nina Patel       | BEHAVIOUR
            Coffee catch-up with Greg. He takes his coffee with oat milk, no sugar     | Gregory Walsh    | COFFEE
            Anton is een echte bourgondiër, houdt van lekker eten en wijn              | Anton Verbeek    | HOBBIES
            Marjolein is in verwachting van haar tweede                                | Marjolein de Wit | FAMILY
            Marjolein spreekt vloeiend Frans en Duits                                  | Marjolein de Wit | NOTES
            Nina runs ultramarathons, did three last year                              | Nina Patel       | SPORT
            Greg drives a Subaru, always muddy                                         | Gregory Walsh    | CAR
            Nina is fasting for Ramadan, so no lunch meeting                           | Nina Patel       | NOTES
            Anton rijdt zelf trouwens nu een elektrische bus                           | Anton Verbeek    | CAR
            teun is een man van weinig woorden, dus kort houden                        | Teun Sanders      | BEHAVIOUR
            marjolein luistert bij elke aankoop vooral naar de bakkers                 | Marjolein de Wit | BEHAVIOUR
            nina is very data-driven, bring the figures                                | Nina Patel       | BEHAVIOUR
            greg decides slowly, needs the board behind him                            | Gregory Walsh    | BEHAVIOUR
            marjolein gesproken, ze wordt 14 april 50                                  | Marjolein de Wit | BIRTHDAY
            teun heeft een border collie, neemt hem mee naar de zaak                    | Teun Sanders      | NOTES
            nina does pottery classes on thursday evenings                             | Nina Patel       | HOBBIES
            anton volgt sinds de zomer italiaanse les                                  | Anton Verbeek    | HOBBIES
            greg is a huge 76ers fan                                                   | Gregory Walsh    | SPORT
            Marjolein wordt per 1 juni teamlead inkoop                                 | Marjolein de Wit | ROLE
            teun vertelde dat hij op 14 juli 60 wordt                                   | Teun Sanders      | BIRTHDAY
            Nina is going part-time after the summer                                   | Nina Patel       | NOTES
            anton heeft een nieuwe pup, een labrador                                   | Anton Verbeek    | NOTES
            greg bought a boat last month, out every weekend                           | Gregory Walsh    | HOBBIES
            anton is daar sinds januari de nieuwe bedrijfsleider                      | Anton Verbeek    | ROLE
            nina: area manager since jan, covers the north                             | Nina Patel       | ROLE
            Marjolein gaat in mei trouwen!                                             | Marjolein de Wit | FAMILY
            teun is net verhuisd naar deventer, woont nu vlakbij de zaak                | Teun Sanders      | NOTES
            greg plays netball on tuesdays, county team                                | Gregory Walsh    | SPORT
            anton sleutelt in het weekend aan oude motoren                             | Anton Verbeek    | HOBBIES
            marjolein werkt ma en vr thuis                                             | Marjolein de Wit | WORKPLACE
            nina: lovely but chatty, block an hour                                     | Nina Patel       | BEHAVIOUR
            teun is duitser, woont al 15 jaar in leuven                                 | Teun Sanders      | NOTES
            greg is a mad cork GAA fan                                                 | Gregory Walsh    | SPORT
            greg walsh rang. rugby mad, dont get him started                           | Gregory Walsh    | SPORT
            nina is doing the ring of kerry cycle in july for charity                  | Nina Patel       | SPORT
            teun belt meestal pas na 5 uur terug, als de werkplaats dicht is             | Teun Sanders      | BEHAVIOUR
            greg is up at 4 every day so call before 10                                | Gregory Walsh    | BEHAVIOUR
            anton stopt als bedrijfsleider, gaat de inkoop doen                        | Anton Verbeek    | ROLE
            nina moves up to head of ops from 1 april                                  | Nina Patel       | ROLE
            marjolein heeft nu een eigen kantoor boven de winkel                       | Marjolein de Wit | WORKPLACE
            marjolein gesproken, ze wordt zondag 2 april 40                            | Marjolein de Wit | BIRTHDAY
            anton beslist niks alleen, alles moet langs de directie                    | Anton Verbeek    | BEHAVIOUR
            greg walsh loves the new dispensers. he's arsenal, don't mention spurs     | Gregory Walsh    | SPORT
            teun is supporter van KRC Genk, gaat elke thuismatch                        | Teun Sanders      | SPORT
            marjolein is sinds 1/3 weg bij verbeek, werkt nu ergens anders             | Marjolein de Wit | ROLE
            nina replied - she's now head of facilities for the whole group            | Nina Patel       | ROLE
            anton zit tegenwoordig op het bestuursbureau in zwolle                     | Anton Verbeek    | WORKPLACE
            teun wordt trouwens in mei vader, hun eerste                                | Teun Sanders      | FAMILY
            """)
    void findsTheKindForThePerson(String note, String person, FactKind kind) {
        assertThat(READER.read(note, TODAY).facts()).anySatisfy(f -> {
            assertThat(f.person().name()).isEqualTo(person);
            assertThat(f.kind()).isEqualTo(kind);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Bij Verbeek & Zonen de nieuwe kratten afgeleverd, Anton tevreden
            Koffie gedronken met Anton, offerte doorgenomen
            Coffee with Nina Patel at their Leeds office, walked through the renewal
            teun: het contract tekenen we volgende week, de levering komt te laat
            greg is expecting the PO on friday, running late on approvals
            Nina was very relaxed about the delay
            teun van kroonstaal gebeld, neemt niet op
            Anton wil per filiaal een koffiemachine, offerte vrijdag
            spoke w nina. firm moving to new offices in sept, wants a full fit-out
            anton wordt 20 april aan zijn knie geopereerd
            greg - fleet office has 1 printer for 30 drivers
            anton gebeld, de pantry op de 2e verdieping is te klein
            anton gesproken, bel hem ma terug
            marjolein gebeld, bel haar ma vm nog even
            """)
    void proposesNothingFromBusinessTalk(String note) {
        assertThat(READER.read(note, TODAY).facts()).isEmpty();
    }

    @Test
    void aContactsOrANewcomersNameIsNoCue() {
        NoteReader reader = new NoteReader(List.of(contact("Hans Visser", "Visser Advocaten")));
        assertThat(reader.read("voicemail ingesproken bij hans visser over de stoelen", TODAY).facts()).isEmpty();
        assertThat(reader.read("Hans Visser gebeld, zijn nieuwe collega Tim de Ruiter doet de inkoop", TODAY).facts())
                .isEmpty();
    }

    @Test
    void aSportIsNoHobbyAsWellAndARoleNoNote() {
        assertThat(READER.read("greg is a massive golf nut", TODAY).facts()).extracting(f -> f.kind())
                .containsExactly(FactKind.SPORT);
        assertThat(READER.read("nina moved from finance to procurement director", TODAY).facts())
                .extracting(f -> f.kind()).containsExactly(FactKind.ROLE);
    }

    @Test
    void aNoteHeadedByWhoToldItIsAboutWhomItTellsOf() {
        assertThat(READER.read("Anton: marjolein is bevallen van een zoon, Daan", TODAY).facts())
                .singleElement().satisfies(f -> assertThat(f.person().name()).isEqualTo("Marjolein de Wit"));
    }

    @Test
    void oneFactPerPersonAndKind() {
        var facts = READER.read("Anton heeft een dochter. Zijn dochter rijdt paard.", TODAY).facts();

        assertThat(facts).filteredOn(f -> f.kind() == FactKind.FAMILY).hasSize(1);
    }

    @Test
    void heOrSheGoesToTheContactItFits() {
        var facts = READER.read("Spoke to Gregory and Nina. She is a keen cyclist.", TODAY).facts();

        assertThat(facts).singleElement().satisfies(f -> assertThat(f.person().name()).isEqualTo("Nina Patel"));
    }

    @Test
    void heGoesToTheContactWhoseFlemishOrFrisianGivenNameFits() {
        NoteReader reader = new NoteReader(List.of(contact("Jozef Claes", "Serres Claes"), contact("Els Maes", "Brouwerij Maes"),
                contact("Yves Morel", "Morel Freight"), contact("Gemma Hart", "Hart Foods")));
        assertThat(reader.read("Jozef en Els gesproken. Hij rijdt een Tesla.", TODAY).facts())
                .singleElement().satisfies(f -> assertThat(f.person().name()).isEqualTo("Jozef Claes"));
        assertThat(reader.read("Met Yves and Gemma. He drives a Tesla.", TODAY).facts())
                .singleElement().satisfies(f -> assertThat(f.person().name()).isEqualTo("Yves Morel"));
    }

    @Test
    void aRelativeNamedByFirstNameIsNotTheContact() {
        var facts = READER.read("Met Marjolein geluncht. Haar man Teun heeft net een nieuwe baan.", TODAY).facts();

        assertThat(facts).extracting(f -> f.person().name()).containsOnly("Marjolein de Wit");
    }

    @Test
    void aStatementAboutSomeoneNewIsNotAboutTheContact() {
        var facts = READER.read("Nina was er ook. Sandra is erg direct en wil alles zwart op wit.", TODAY).facts();

        assertThat(facts).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            anton is afgelopen zondag opa geworden, kleindochter Fleur        | 2026-03
            greg's wife went into labour early, baby girl                       | 2026-03
            nina is going on a cruise w/ her sister over xmas                   | 2026-12
            teun gaat in de kerstvakantie met zijn gezin naar curacao            | 2026-12
            marjolein is vanaf maandag 2 weken in zuid-afrika                    | 2026-03
            12 april wordt anton 50, zijn vrouw geeft een feest                   | 2026-04
            teun fietst in juni de elfstedentocht                                  | 2026-06
            greg walsh rang, hes off to lanzarote w the family for easter          | 2026-04
            nina is running the edinburgh half in may                             | 2026-05
            anton gaat half april 2 weken met zijn vrouw naar italie               | 2026-04
            """)
    void aBirthOrATripIsAnEvent(String note, YearMonth month) {
        assertThat(READER.read(note, TODAY).events()).singleElement()
                .satisfies(e -> assertThat(e.when().month() != null ? e.when().month() : YearMonth.from(e.when().day()))
                        .isEqualTo(month));
    }

    @Test
    void howSomeoneBehavesIsKeptBesideWhatElseTheStatementTells() {
        assertThat(READER.read("nina is lovely, very chatty, always asks about my kids", TODAY).facts())
                .extracting(f -> f.kind()).contains(FactKind.BEHAVIOUR, FactKind.FAMILY);
    }

    @Test
    void aComingLifeEventWithItsMonth() {
        List<LifeEvent> events = READER.read("Met Anton geluncht. Zijn dochter gaat in juni trouwen in Toscane.", TODAY).events();

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.person().name()).isEqualTo("Anton Verbeek");
            assertThat(e.when().month()).isEqualTo(YearMonth.of(2026, 6));
        });
    }

    @Test
    void aTripAbroadIsAnEvent() {
        List<LifeEvent> events = READER.read("nina is off to Portugal for two weeks in May", TODAY).events();

        assertThat(events).extracting(e -> e.when().month()).containsExactly(YearMonth.of(2026, 5));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            anton gaat in mei met ouderschapsverlof                              | 2026-05
            nina patel is going on mat leave in june, cover to be found         | 2026-06
            greg is leaving end of april, his deputy takes over                 | 2026-04
            """)
    void leaveAndLeavingAreEvents(String note, YearMonth month) {
        assertThat(READER.read(note, TODAY).events())
                .extracting(e -> e.when().day() != null ? YearMonth.from(e.when().day()) : e.when().month())
                .containsExactly(month);
    }

    @Test
    void aBirthJustNowIsAnEventOfThisMonth() {
        List<LifeEvent> events = READER.read("teun sanders: zijn vrouw is bevallen van een dochter", TODAY).events();

        assertThat(events).extracting(e -> e.when().month()).containsExactly(YearMonth.from(TODAY));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Over twee weken bel ik Teun over de nieuwe prijzen in april
            anton heeft vorige maand de marathon gelopen in 3u50
            Gregory's birthday is on the 21st of March
            Teun is een fanatieke wielrenner, rijdt elke zondag met zijn club
            nina: kelly accountancy moving office end of april to the docklands
            anton gebeld. drukkerij verhuist per 1 mei naar nieuwegein
            greg's moving to the inverness office in april
            nina's bday is 14 april, send a card
            teun wil de rooier 3 weken in oktober huren
            """)
    void noEventForPlansOfTheWriterOrWhatIsOver(String note) {
        assertThat(READER.read(note, TODAY).events()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            anton wil de planning voor de zomervakantie voor 1 juni rond hebben
            greg wants the quote before his holiday, by the 25th
            marjolein is met zwangerschapsverlof tot 1 juni
            nina is on leave till the 21st
            anton is op reis, donderdag terug
            her PA says nina is travelling, back on the 19th
            teun is maandag terug van vakantie
            greg turned 50 on saturday, had a big party
            anton zijn dochter trouwde zaterdag, was een mooi feest
            """)
    void noEventForADeadlineTheEndOfAnAbsenceOrWhatHappenedAlready(String note) {
        assertThat(READER.read(note, TODAY).events()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            greg is in hospital for a knee op, back on the 20th                  | 2026-03
            anton ligt in het ziekenhuis voor een nieuwe heup, 20 maart weer terug | 2026-03
            teun gaat 3 weken naar zijn huisje in frankrijk, vanaf 1 mei          | 2026-05
            nina flies to Canada for a month to see her sister, from the 4th of May | 2026-05
            """)
    void aPersonalAbsenceWithItsReturnAndADateInAPartOfItsOwnAreEvents(String note, YearMonth month) {
        assertThat(READER.read(note, TODAY).events())
                .extracting(e -> e.when().day() != null ? YearMonth.from(e.when().day()) : e.when().month())
                .containsExactly(month);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            vrijdag anton nog gesproken, de marathon van rotterdam gelopen, was er trots op
            spoke to greg on monday, ran the london marathon, very proud
            """)
    void whatTellsMoreOfADateMustBeComingAsWell(String note) {
        assertThat(READER.read(note, TODAY).events()).isEmpty();
    }


    @Test
    void everyPrivateFactOfTheCardIsAKindANoteCanTellAndEveryKindHasAPlaceOnTheCard() {
        java.util.Set<nl.homerun.contacts.Contact.Fact> told = java.util.EnumSet.noneOf(nl.homerun.contacts.Contact.Fact.class);
        for (Understanding.FactKind kind : Understanding.FactKind.values()) {
            kind.privateFact().ifPresent(told::add);
            assertThat(kind.privateFact().isPresent() || kind == Understanding.FactKind.BIRTHDAY || kind == Understanding.FactKind.ROLE)
                    .as(kind.name()).isTrue();
        }
        assertThat(told).containsExactlyInAnyOrder(nl.homerun.contacts.Contact.Fact.values());
    }
    @Test
    void aStatementTellingOfTwoContactsInTheirOwnClausesGivesEachTheirs() {
        var facts = READER.read("lunch met anton verbeek en teun sanders. anton heeft handicap 14, teun is net begonnen "
                + "met golf", TODAY).facts();
        assertThat(facts).extracting(f -> f.person().name() + " " + f.kind())
                .contains("Anton Verbeek SPORT", "Teun Sanders SPORT");
    }
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            teun vertelde dat hij in maart vader wordt, hun eerste                 | Teun Sanders     | FAMILY
            anton traint zelf de U13 op woensdag                                   | Anton Verbeek    | SPORT
            teun beslist niks zonder zijn plant manager                            | Teun Sanders     | BEHAVIOUR
            nina's just had 8 puppies                                              | Nina Patel       | FAMILY
            greg's vegan, no bacon rolls                                           | Gregory Walsh    | NOTES
            teun is sinds januari mede-eigenaar                                    | Teun Sanders     | ROLE
            nina is off to be head of ops at a charity                             | Nina Patel       | ROLE
            marjolein vertrekt naar de concurrent om daar directeur te worden      | Marjolein de Wit | ROLE
            greg won't approve anything over 5k without his finance director       | Gregory Walsh    | BEHAVIOUR
            anton zegt: de ochtend past hem het best, liefst voor 9u                | Anton Verbeek    | BEHAVIOUR
            nina: short calls only, late afternoons suit her best                  | Nina Patel       | BEHAVIOUR
            greg wants his deputy cc'd on everything                               | Gregory Walsh    | BEHAVIOUR
            teun rijdt een zwarte Hilux                                            | Teun Sanders     | CAR
            greg drives a red Ranger, loves it                                     | Gregory Walsh    | CAR
            marjolein zit nu in het nieuwe gemeentehuis aan de markt               | Marjolein de Wit | WORKPLACE
            nina has relocated to their Leeds office                               | Nina Patel       | WORKPLACE
            """)
    void moreWaysToSayAPersonalDetail(String note, String person, FactKind kind) {
        assertThat(READER.read(note, TODAY).facts()).anySatisfy(f -> {
            assertThat(f.person().name()).isEqualTo(person);
            assertThat(f.kind()).isEqualTo(kind);
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nina wants our vegan pie range for 6 schools", "nina: 6 schools go fully nut free from jan",
            "greg rang, fryer oil short again, credited 2 drums", "marjolein: kennismaking wordt vrijdag 17/9 10.30"})
    void whatABusinessBuysIsNoPersonalDetail(String note) {
        assertThat(READER.read(note, TODAY).facts()).isEmpty();
    }
}
