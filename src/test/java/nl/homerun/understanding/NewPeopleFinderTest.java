package nl.homerun.understanding;

import static nl.homerun.understanding.TestContacts.contact;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.homerun.contacts.Contact;
import nl.homerun.understanding.Understanding.NewPerson;

/** The people a note introduces who are not contacts, read against a small invented address book. */
class NewPeopleFinderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final NoteReader READER = new NoteReader(List.of(contact("Anton Verbeek", "Bakkerij Verbeek B.V."),
            contact("Marjolein de Wit", "Bakkerij Verbeek B.V."), contact("Gregory Walsh", "Ashford Foods Ltd"),
            contact("Mei Lin Chow", "Ashford Foods Ltd"), contact("Ton Sanders", "Kroonstaal B.V.")));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ton belde: de nieuwe inkoper bij Kroonstaal is Pieter Bakker, begint in april      | Pieter Bakker   | Kroonstaal B.V.
            Spoke to Gregory. Their new buyer, Tom Hendricks, starts on Monday.                | Tom Hendricks   | Ashford Foods Ltd
            Anton stelde me voor aan ene Ilse Vermeer van de planning                          | Ilse Vermeer    | Bakkerij Verbeek B.V.
            Call with Gregory and Rachel Dunmore about the rollout, she signs off the budget   | Rachel Dunmore  | Ashford Foods Ltd
            anton gesproken, sanne de groot (verbeek) neemt de orders over                     | sanne de groot  | Bakkerij Verbeek B.V.
            Marjolein de Wit en Joost van der Linden waren er allebei                          | Joost van der Linden | Bakkerij Verbeek B.V.
            spoke to greg. still going ahead but needs Tom Fletcher's sign off                | Tom Fletcher    | Ashford Foods Ltd
            greg: his successor will be Dr Niamh Kelly, head of surgery                       | Niamh Kelly     | Ashford Foods Ltd
            """)
    void findsSomeoneNamedInFull(String note, String name, String account) {
        assertThat(READER.read(note, TODAY).newPeople()).extracting(NewPerson::name, NewPerson::account)
                .contains(org.assertj.core.groups.Tuple.tuple(name, account));
    }

    /** Typed on a phone without capitals: taken when a role introduces a known given name, proposed with capitals. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            kroonstaal gebeld, hun nieuwe aankoper is sanne brouwer, vanaf volgende week  | Sanne Brouwer  | Kroonstaal B.V.
            greg says their site manager, owen hughes, wants a walk round first            | Owen Hughes    | Ashford Foods Ltd
            marjolein stopt in mei, haar vervangster is lotte van dijk                     | Lotte van Dijk | Bakkerij Verbeek B.V.
            mei lin: femke jansen, de nieuwe chef-kok, wil eerst proeven                   | Femke Jansen   | Ashford Foods Ltd
            """)
    void findsSomeoneIntroducedByRoleInLowerCase(String note, String name, String account) {
        assertThat(READER.read(note, TODAY).newPeople()).extracting(NewPerson::name, NewPerson::account)
                .contains(org.assertj.core.groups.Tuple.tuple(name, account));
    }

    /** A given name alone after a role, a title and a surname, the new holder of a role, someone sharing a contact's surname. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            lunch w/ greg + his area mgr jess. she does all the site setup            | Jess            | Ashford Foods Ltd
            anton: showroombezoek ma 12e, komt met zijn collega sofie                  | Sofie           | Bakkerij Verbeek B.V.
            marjolein stopt in juni, haar opvolger wordt ene bram                      | Bram            | Bakkerij Verbeek B.V.
            greg says the owner is a mr fitzgerald, never met him                      | Mr Fitzgerald   | Ashford Foods Ltd
            ton gebeld, nieuwe inkoper bij kroonstaal is r. bos                         | R. Bos          | Kroonstaal B.V.
            nina replied: new facilities mgr at ashford is raj patel                   | Raj Patel       | Ashford Foods Ltd
            greg says their md tom walsh wants to look at 3 more vans                  | Tom Walsh       | Ashford Foods Ltd
            anton gebeld. karin de wit wordt daar de nieuwe inkoper                    | Karin de Wit    | Bakkerij Verbeek B.V.
            """)
    void findsSomeoneByRoleOrTitleAsTyped(String note, String name, String account) {
        assertThat(READER.read(note, TODAY).newPeople()).extracting(NewPerson::name, NewPerson::account)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(name, account));
    }

    @Test
    void aRoleFollowedByAWordOrANameInFullProposesNoOneTwice() {
        assertThat(READER.read("de nieuwe hoofd inkoop van kroonstaal is terug en heeft gekozen", TODAY).newPeople()).isEmpty();
        assertThat(READER.read("left vm for nina's PA sophie re the brochure", TODAY).newPeople())
                .extracting(NewPerson::name).containsExactly("Sophie");
        assertThat(READER.read("nieuwe inkoper bij kroonstaal wordt Gert-Jan Bosman. kennismaking met gert-jan plannen", TODAY)
                .newPeople()).extracting(NewPerson::name).containsExactly("Gert-Jan Bosman");
    }

    @Test
    void aContactAndTheVerbAfterItAreNoNewcomerBeforeARole() {
        assertThat(READER.read("greg emailed, their new buyer ciara walsh starts mon", TODAY).newPeople())
                .extracting(NewPerson::name).containsExactly("Ciara Walsh");
    }

    /** Typed small without a role: a known given name and a surname that is no word, after a comma, "met", "w", "en"… */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            demo bij verbeek gedaan, marjolein en karin jacobs erbij                  | Karin Jacobs  | Bakkerij Verbeek B.V.
            greg emailed, tom reilly starts mon                                         | Tom Reilly    | Ashford Foods Ltd
            offerte naar anton gestuurd, bart de smet in cc                             | Bart de Smet  | Bakkerij Verbeek B.V.
            """)
    void findsSomeoneNamedInFullInLowerCase(String note, String name, String account) {
        assertThat(READER.read(note, TODAY).newPeople()).extracting(NewPerson::name, NewPerson::account)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(name, account));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            call w greg thurs 4pm about the samples
            arne gestart met de nieuwe lijn, anton tevreden
            proposal to greg fri, and to mei lin same day
            mijn manager lotte jansen wil de korting bij anton eerst zien
            anton: de chef is ziek vandaag, volgende week opnieuw
            greg said the buyer is away next week
            my director owen hughes joins the call with greg
            Anton Verbeek en Marjolein de Wit gesproken over de levering
            Greg Walsh rang, all good
            Call with Mei Lin about the samples
            Anton Verbeke belde terug, alles akkoord
            Ton Kroonstaal belde over de staalprijzen
            Greg is a big fan of Lewis Hamilton, talked F1 for ages
            The Lake District trip is off, Greg said
            Bezoek aan Verbeek: Marjolein en Ton waren er allebei
            Marj de Wit gesproken, haar dochter trouwt in juni
            """)
    void proposesNoOneKnownOrNoPerson(String note) {
        assertThat(READER.read(note, TODAY).newPeople()).isEmpty();
    }

}
