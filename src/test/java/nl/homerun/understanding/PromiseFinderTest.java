package nl.homerun.understanding;

import static nl.homerun.understanding.TestContacts.contact;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.homerun.contacts.Contact;
import nl.homerun.understanding.Understanding.Promise;

/** The promises a note makes, read through the note reader with a small invented address book. */
class PromiseFinderTest {

    /** A Tuesday. */
    private static final LocalDate TUESDAY = LocalDate.of(2026, 3, 3);

    private static final Contact PETER = contact("Peter de Wit", "Wit Metaal B.V.");
    private static final Contact ANNEMIEK = contact("Annemiek Bakker", "Bakker Zorg");
    private static final Contact TOM = contact("Tom Harris", "Harris Freight Ltd");
    private static final Contact GRACE = contact("Grace Miller", "Miller Print Ltd");

    private final NoteReader reader = new NoteReader(List.of(PETER, ANNEMIEK, TOM, GRACE));

    private List<Promise> promises(String note) {
        return reader.read(note, TUESDAY).promises();
    }

    @Test
    void aDutchCommitmentInTheFirstPersonWithItsWeekday() {
        List<Promise> promises = promises("Peter de Wit gebeld over de schoenen. ik stuur donderdag de prijslijst");

        assertThat(promises).singleElement().satisfies(p -> {
            assertThat(p.person()).isEqualTo(PETER);
            assertThat(p.due().day()).isEqualTo(LocalDate.of(2026, 3, 5));
        });
    }

    @Test
    void anImperativeAfterAClauseReportingTheContactIsATask() {
        assertThat(promises("annemiek gesproken, bel haar ma vm terug")).singleElement().satisfies(p -> {
            assertThat(p.person()).isEqualTo(ANNEMIEK);
            assertThat(p.due().day()).isEqualTo(LocalDate.of(2026, 3, 9));
        });
        assertThat(promises("peter gebeld, stuur hem vrijdag de prijslijst")).singleElement()
                .satisfies(p -> assertThat(p.due().day()).isEqualTo(LocalDate.of(2026, 3, 6)));
        assertThat(promises("peter gebeld, vraag over facturatie per kwartaal")).isEmpty();
    }

    @Test
    void aShortFollowUpWithItsDayIsATask() {
        assertThat(promises("tom harris at 3. going electric for now. revised quote mon")).singleElement()
                .satisfies(p -> assertThat(p.due().day()).isEqualTo(LocalDate.of(2026, 3, 9)));
        assertThat(promises("grace miller going w the 2 vans! paperwork out today")).singleElement()
                .satisfies(p -> assertThat(p.due().day()).isEqualTo(TUESDAY));
        assertThat(promises("tom harris no answer, bank holiday fri so try again mon")).singleElement()
                .satisfies(p -> assertThat(p.due().day()).isEqualTo(LocalDate.of(2026, 3, 9)));
        assertThat(promises("peter wil een proefmodel bij de kantine. plaats ik ma 9e")).singleElement()
                .satisfies(p -> assertThat(p.person()).isEqualTo(PETER));
    }

    @Test
    void aTaskNamingANewcomerAndAContactIsTheContacts() {
        assertThat(promises("Grace emailed, their new buyer ciara walsh starts mon. mtg w ciara + Grace wed 11am")).singleElement()
                .satisfies(p -> assertThat(p.person()).isEqualTo(GRACE));
        assertThat(promises("peter mailde, hun nieuwe inkoper karin jacobs begint ma. afspraak met karin + peter wo 11u"))
                .singleElement().satisfies(p -> assertThat(p.person()).isEqualTo(PETER));
    }

    @Test
    void aTaskThatSaysOnlyItsVerbIsReadWithWhatItIsAbout() {
        assertThat(promises("peter gebeld, wil offerte voor 2 automaten. stuur ik vr")).singleElement()
                .satisfies(p -> assertThat(p.text()).isEqualTo("Wil offerte voor 2 automaten: stuur ik vr"));
        assertThat(promises("tom harris emailed the spec sheet. quote for the 3 box sizes - do it tmrw")).singleElement()
                .satisfies(p -> assertThat(p.text()).isEqualTo("Quote for the 3 box sizes: do it tmrw"));
        assertThat(promises("peter gemaild over de levering, bel hem wo om 10u")).singleElement()
                .satisfies(p -> assertThat(p.text()).isEqualTo("Bel hem wo om 10u"));
    }

    @Test
    void aMeetingIsNotDueOnTheDayOfARelativesNewsInTheSameStatement() {
        assertThat(promises("lunch w/ grace miller, her daughter is getting married in june")).isEmpty();
        assertThat(promises("bezoek bij fabrikam, jan vertelde dat zijn dochter in juni trouwt")).isEmpty();
        assertThat(promises("lunch w/ grace, she mentioned that her son graduates in june")).isEmpty();
        assertThat(promises("lunch met peter, hij kan dinsdag om 10u")).singleElement()
                .satisfies(p -> assertThat(p.due().day()).isEqualTo(LocalDate.of(2026, 3, 10)));
    }

    @Test
    void tellingSomeoneAndDoingItAreTasksWithTheirDay() {
        assertThat(promises("harris freight - tom says the first drop arrived fine but 2 boxes had crushed corners. tell dispatch today")).singleElement()
                .satisfies(p -> assertThat(p.due().day()).isEqualTo(LocalDate.of(2026, 3, 3)));
        assertThat(promises("tom harris emailed the spec sheet finally. quote for the 3 box sizes - do it tmrw")).singleElement()
                .satisfies(p -> assertThat(p.due().day()).isEqualTo(LocalDate.of(2026, 3, 4)));
        assertThat(promises("she told me about the new warehouse")).isEmpty();
    }

    @Test
    void whatIWillDoWithoutSayingIAnswersWhatTheCustomerAskedFor() {
        assertThat(promises("tom rang. wants pricing for 3 more sites, will send it monday 9am")).singleElement()
                .satisfies(p -> {
                    assertThat(p.person()).isEqualTo(TOM);
                    assertThat(p.due().day()).isEqualTo(LocalDate.of(2026, 3, 9));
                    assertThat(p.due().time()).isEqualTo(LocalTime.of(9, 0));
                });
        assertThat(promises("peter wil offerte voor 3 locaties, stuur ik vrijdag")).singleElement()
                .satisfies(p -> assertThat(p.due().day()).isEqualTo(LocalDate.of(2026, 3, 6)));
    }

    @Test
    void aDutchNoteToSelfEndsInWhatToDo() {
        assertThat(promises("annemiek bakker niet bereikbaar. overmorgen nog eens proberen")).singleElement()
                .satisfies(p -> {
                    assertThat(p.person()).isEqualTo(ANNEMIEK);
                    assertThat(p.due().day()).isEqualTo(LocalDate.of(2026, 3, 5));
                });
    }

    @Test
    void aMonthIsDueAsAMonth() {
        assertThat(promises("Peter de Wit wil de nieuwe lijn zien. demo inplannen in april")).singleElement()
                .satisfies(p -> assertThat(p.due().month()).isEqualTo(YearMonth.of(2026, 4)));
    }

    @Test
    void anImperativeWithDayAndDutchHalfHour() {
        assertThat(promises("bel peter de wit maandag om half drie")).singleElement().satisfies(p -> {
            assertThat(p.due().day()).isEqualTo(LocalDate.of(2026, 3, 9));
            assertThat(p.due().time()).isEqualTo(LocalTime.of(14, 30));
        });
    }

    @Test
    void findingOutAndCallingBackIsOneTask() {
        assertThat(promises("Annemiek Bakker belde over de facturen. Ik zoek het uit en bel haar vrijdag terug"))
                .singleElement().satisfies(p -> assertThat(p.due().day()).isEqualTo(LocalDate.of(2026, 3, 6)));
    }

    @Test
    void twoThingsWithTheirOwnDaysAreTwoTasks() {
        assertThat(promises("Ik mail Peter de Wit morgen de tekening en ik bel hem vrijdag")).extracting(p -> p.due().day())
                .containsExactly(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 6));
    }

    @Test
    void aMovedAppointmentIsDueOnItsNewDayAndTime() {
        assertThat(promises("afspraak met Peter de Wit verzet naar wo 11/3 10u")).singleElement().satisfies(p -> {
            assertThat(p.due().day()).isEqualTo(LocalDate.of(2026, 3, 11));
            assertThat(p.due().time()).isEqualTo(LocalTime.of(10, 0));
        });
    }

    @Test
    void theCustomersOwnPlansHabitsAndPastActsAreNoPromise() {
        assertThat(promises("Peter de Wit heeft de tekening, ze sturen de order volgende week")).isEmpty();
        assertThat(promises("Bij Peter de Wit altijd eerst bellen, mailen werkt niet")).isEmpty();
        assertThat(promises("Ik heb Annemiek Bakker gisteren de prijzen gemaild")).isEmpty();
    }

    @Test
    void aPlanWithoutAVerbIsATaskWhenItSaysWhen() {
        assertThat(promises("Peter de Wit gesproken. offerte volgende week")).singleElement()
                .satisfies(p -> assertThat(p.person()).isEqualTo(PETER));
        assertThat(promises("peter de wit gesproken, offerte vrijdag naar peter")).singleElement()
                .satisfies(p -> assertThat(p.text()).isEqualTo("Offerte vrijdag naar peter"));
        assertThat(promises("annemiek: voorstel voor vrijdag naar annemiek")).singleElement()
                .satisfies(p -> assertThat(p.due().day()).isEqualTo(LocalDate.of(2026, 3, 6)));
        assertThat(promises("tom harris. audit plan by fri")).singleElement()
                .satisfies(p -> assertThat(p.due().day()).isEqualTo(LocalDate.of(2026, 3, 6)));
        assertThat(promises("grace miller wants to meet. thu 10am")).singleElement()
                .satisfies(p -> assertThat(p.due().time()).isEqualTo(LocalTime.of(10, 0)));
    }

    @Test
    void aMovedOrRebookedMeetingIsATask() {
        assertThat(promises("grace miller cant do mon, moved our call to next thu 2pm")).singleElement()
                .satisfies(p -> {
                    assertThat(p.due().day()).isEqualTo(LocalDate.of(2026, 3, 12));
                    assertThat(p.due().time()).isEqualTo(LocalTime.of(14, 0));
                });
        assertThat(promises("tom harris demo cancelled by them. rebook for early april")).singleElement()
                .satisfies(p -> assertThat(p.due().month()).isEqualTo(YearMonth.of(2026, 4)));
    }

    @Test
    void anotherTryADeadlineByAMonthsDayAndWhatGoesOutAreTasks() {
        assertThat(promises("peter de wit in gesprek en daarna voicemail. vanmiddag nog een poging")).singleElement()
                .satisfies(p -> assertThat(p.due().day()).isEqualTo(TUESDAY));
        assertThat(promises("grace miller wants a bundle price. revised price by mar 24")).singleElement()
                .satisfies(p -> assertThat(p.due().day()).isEqualTo(LocalDate.of(2026, 3, 24)));
        assertThat(promises("annemiek bakker: orderbevestiging gaat morgen de deur uit")).singleElement()
                .satisfies(p -> assertThat(p.due().day()).isEqualTo(LocalDate.of(2026, 3, 4)));
        assertThat(promises("peter de wit komt zaterdag naar de showroom, ik ben er om kwart over 10")).singleElement()
                .satisfies(p -> assertThat(p.due().time()).isEqualTo(LocalTime.of(10, 15)));
    }

    @Test
    void aMeetingThatWasIsNoTask() {
        assertThat(promises("demo bij Peter de Wit was vrijdag, ging goed")).isEmpty();
        assertThat(promises("offerte vorige week gestuurd aan Annemiek Bakker")).isEmpty();
    }

    @Test
    void anEnglishCommitmentWithItsWeekday() {
        assertThat(promises("Spoke to Grace Miller about the catalogue, I'll send the proofs on Friday")).singleElement()
                .satisfies(p -> {
                    assertThat(p.person()).isEqualTo(GRACE);
                    assertThat(p.due().day()).isEqualTo(LocalDate.of(2026, 3, 6));
                });
    }

    @Test
    void aSubjectlessRetryTomorrowInShortHand() {
        assertThat(promises("tried tom harris, voicemail. will try again tmrw")).singleElement().satisfies(p -> {
            assertThat(p.person()).isEqualTo(TOM);
            assertThat(p.due().day()).isEqualTo(LocalDate.of(2026, 3, 4));
        });
    }

    @Test
    void aRequestedMeetingWithDayAndEnglishHalfHour() {
        assertThat(promises("Tom Harris wants a site visit next Thursday at half ten")).singleElement().satisfies(p -> {
            assertThat(p.due().day()).isEqualTo(LocalDate.of(2026, 3, 12));
            assertThat(p.due().time()).isEqualTo(LocalTime.of(10, 30));
        });
    }

    @Test
    void aTimeWithoutADayBelongsToTheBookingBefore() {
        assertThat(promises("Tom Harris - depot audit booked for thurs 12/3. need to be at the gate at 7")).singleElement()
                .satisfies(p -> {
                    assertThat(p.due().day()).isEqualTo(LocalDate.of(2026, 3, 12));
                    assertThat(p.due().time()).isEqualTo(LocalTime.of(7, 0));
                });
    }

    @Test
    void theirPlansAndCallHeadersAreNoPromise() {
        assertThat(promises("Call with Tom Harris about the rates. He said they'll send the PO next week")).isEmpty();
        assertThat(promises("Grace Miller will call me after the holidays")).isEmpty();
    }

    @Test
    void anAgreementOrRequestPutInASubordinateClause() {
        assertThat(promises("Afgesproken dat ik vrijdag de maten doorstuur naar Peter de Wit")).singleElement()
                .satisfies(p -> assertThat(p.due().day()).isEqualTo(LocalDate.of(2026, 3, 6)));
        assertThat(promises("Annemiek Bakker wil dat ik de offerte nog een keer doorreken")).singleElement()
                .satisfies(p -> assertThat(p.person()).isEqualTo(ANNEMIEK));
    }

    @Test
    void aRequestAndMyAnswerToItAreOneTask() {
        assertThat(promises("Tom Harris asked me to send the brochure. I'll post it on Thursday")).singleElement()
                .satisfies(p -> assertThat(p.due().day()).isEqualTo(LocalDate.of(2026, 3, 5)));
        assertThat(promises("Tom Harris asked me to send the brochure")).hasSize(1);
        assertThat(promises("Peter de Wit wil een offerte voor 30 broeken. Drukke man. Die stuur ik vrijdag")).singleElement()
                .satisfies(p -> assertThat(p.due().day()).isEqualTo(LocalDate.of(2026, 3, 6)));
    }

    @Test
    void aStatementWithoutIAboutWhatIDidKeepsItsSubjectlessTasks() {
        assertThat(promises("Left a vm for Tom Harris, will try him again tomorrow")).singleElement()
                .satisfies(p -> assertThat(p.due().day()).isEqualTo(LocalDate.of(2026, 3, 4)));
        assertThat(promises("actie: offerte naar Peter de Wit")).hasSize(1);
    }

    @Test
    void aTaskForSomeoneNewIsForNoContact() {
        assertThat(promises("Peter de Wit gesproken. De nieuwe inkoper wil een proefpakket. Stuur ik morgen"))
                .singleElement().satisfies(p -> assertThat(p.person()).isNull());
    }

    @Test
    void thatDayAndSameTimeReferBack() {
        assertThat(promises("Annemiek Bakker is op 19 maart jarig. Ik laat die dag bloemen bezorgen")).singleElement()
                .satisfies(p -> assertThat(p.due().day()).isEqualTo(LocalDate.of(2026, 3, 19)));
        assertThat(promises("Tom Harris missed our 3pm today. Rescheduled for Friday, same time")).singleElement()
                .satisfies(p -> {
                    assertThat(p.due().day()).isEqualTo(LocalDate.of(2026, 3, 6));
                    assertThat(p.due().time()).isEqualTo(LocalTime.of(15, 0));
                });
    }

    @Test
    void dutchVerbsThatOnlyLookLikeANoteToSelf() {
        assertThat(promises("Peter de Wit: mailen werkt niet, de monteurs bellen liever")).isEmpty();
        assertThat(promises("de klanten van Peter de Wit bellen vaak over de levering")).isEmpty();
        assertThat(promises("Peter de Wit is blij, ophalen en brengen gaat prima")).isEmpty();
        assertThat(promises("Peter de Wit: levering gepland op 12 maart")).isEmpty();
    }

    @Test
    void somethingToSendWithItsDeadlineIsATask() {
        assertThat(promises("Peter de Wit gesproken. offerte onderhoud voor 20 maart")).singleElement().satisfies(p -> {
            assertThat(p.person()).isEqualTo(PETER);
            assertThat(p.due().day()).isEqualTo(LocalDate.of(2026, 3, 20));
        });
        assertThat(promises("Annemiek Bakker wil voor 1 april een prijsvoorstel")).singleElement()
                .satisfies(p -> assertThat(p.due().day()).isEqualTo(LocalDate.of(2026, 4, 1)));
        assertThat(promises("Met Tom Harris gesproken. pricing needed by the 20th")).singleElement()
                .satisfies(p -> assertThat(p.due().day()).isEqualTo(LocalDate.of(2026, 3, 20)));
        assertThat(promises("Peter de Wit gesproken, de offerte van vorig jaar was te duur")).isEmpty();
    }

    @Test
    void aMeetingMovedAfterACancellationIsDueOnItsNewDay() {
        assertThat(promises("Peter de Wit heeft de demo afgezegd, verzet naar 12 maart 14:00")).singleElement()
                .satisfies(p -> {
                    assertThat(p.due().day()).isEqualTo(LocalDate.of(2026, 3, 12));
                    assertThat(p.due().time()).isEqualTo(LocalTime.of(14, 0));
                });
    }

    @Test
    void aDueDateOrATermForSomethingToSendIsATask() {
        assertThat(promises("Tom Harris: the tender is due the 20th at 3pm")).singleElement().satisfies(p -> {
            assertThat(p.due().day()).isEqualTo(LocalDate.of(2026, 3, 20));
            assertThat(p.due().time()).isEqualTo(LocalTime.of(15, 0));
        });
        assertThat(promises("Tom Harris: delivery late due to the strike")).isEmpty();
        assertThat(promises("Met Grace Miller at the print shop. quote in 2 weeks")).singleElement()
                .satisfies(p -> assertThat(p.person()).isEqualTo(GRACE));
        assertThat(promises("Peter de Wit gesproken, voorstel over 2 weken")).singleElement()
                .satisfies(p -> assertThat(p.person()).isEqualTo(PETER));
    }
    @Test
    void aTaskWithoutADayAfterAMeetingWithDayAndTimeInItsStatementIsForThen() {
        assertThat(promises("peter de wit belde: schade-expert komt woensdag 10u, ik ga erbij zitten")).singleElement()
                .satisfies(p -> {
                    assertThat(p.due().day()).isEqualTo(LocalDate.of(2026, 3, 4));
                    assertThat(p.due().time()).isEqualTo(LocalTime.of(10, 0));
                });
        assertThat(promises("call w/ tom harris - engineer booked for thurs 9am, i need to be there to meet him"))
                .singleElement().satisfies(p -> assertThat(p.due().time()).isEqualTo(LocalTime.of(9, 0)));
    }

    @Test
    void theDaySomeoneIsAwayUntilIsNoTask() {
        assertThat(promises("peter de wit gemaild, automatisch antwoord: afwezig tot 26 maart. bel hem dan op de 26e"))
                .singleElement().satisfies(p -> assertThat(p.due().day()).isEqualTo(LocalDate.of(2026, 3, 26)));
    }

    @Test
    void aThingToSomeoneWithItsDayARequestedQuoteAndAPlanInThePresentAreTasks() {
        assertThat(promises("grace miller said yes to the posters. final quote to grace tmrw")).singleElement()
                .satisfies(p -> assertThat(p.due().day()).isEqualTo(LocalDate.of(2026, 3, 4)));
        assertThat(promises("tom harris rang. quote requested for two trailers")).singleElement()
                .satisfies(p -> assertThat(p.person()).isEqualTo(TOM));
        assertThat(promises("mtg w grace miller. she sends the user numbers, then i draft the proposal")).singleElement()
                .satisfies(p -> assertThat(p.person()).isEqualTo(GRACE));
        assertThat(promises("annemiek bakker gesproken. in april even contact over de uitbreiding")).singleElement()
                .satisfies(p -> assertThat(p.due().month()).isEqualTo(YearMonth.of(2026, 4)));
    }

    @Test
    void aRelativeNamedInATasksStatementIsNotWhomItIsFor() {
        assertThat(promises("peter de wit gesproken, afspraak dinsdag 10 maart 10u in gent, zijn vrouw Els Wouters "
                + "doet de boekhouding en schuift aan")).singleElement().satisfies(p -> assertThat(p.person()).isEqualTo(PETER));
    }

    @Test
    void aDocumentToSomeoneWithItsDayARedoAPresentationAndBeingThereAreTasks() {
        assertThat(promises("lunch w tom harris. cost breakdown to him next week")).singleElement()
                .satisfies(p -> assertThat(p.person()).isEqualTo(TOM));
        assertThat(promises("annemiek bakker gebeld. vergelijking naar haar voor vrijdag")).singleElement()
                .satisfies(p -> assertThat(p.due().day()).isEqualTo(LocalDate.of(2026, 3, 6)));
        assertThat(promises("grace miller wants the print run split in two - rework and resend thu")).singleElement()
                .satisfies(p -> assertThat(p.due().day()).isEqualTo(LocalDate.of(2026, 3, 5)));
        assertThat(promises("tom harris - fleet quotes are in. presenting to him and his MD fri 10am at the depot")).singleElement()
                .satisfies(p -> assertThat(p.due().day()).isEqualTo(LocalDate.of(2026, 3, 6)));
        assertThat(promises("grace miller - press broke down. I'm out there tomorrow 9am with the engineer")).singleElement()
                .satisfies(p -> assertThat(p.due().day()).isEqualTo(LocalDate.of(2026, 3, 4)));
    }

    @Test
    void theDayOfAReasonAfterATaskWithADayIsNotTheTasks() {
        assertThat(promises("peter de wit gebeld. ik stuur de offerte voor vrijdag, want hij vertrekt de 12e op vakantie"))
                .singleElement().satisfies(p -> assertThat(p.due().day()).isEqualTo(LocalDate.of(2026, 3, 6)));
        assertThat(promises("tom harris rang. I'll send the quote by thu because he flies out on the 20th"))
                .singleElement().satisfies(p -> assertThat(p.due().day()).isEqualTo(LocalDate.of(2026, 3, 5)));
    }

    @Test
    void anAgreedOrAcceptedMeetingIsATaskWithItsDayAndTime() {
        assertThat(promises("tom harris came by. we agreed thu 5th at 10am at the depot")).singleElement().satisfies(p -> {
            assertThat(p.person()).isEqualTo(TOM);
            assertThat(p.due().day()).isEqualTo(LocalDate.of(2026, 3, 5));
            assertThat(p.due().time()).isEqualTo(LocalTime.of(10, 0));
        });
        assertThat(promises("grace miller rang, can we do a review wed 2pm? said yes")).singleElement().satisfies(p -> {
            assertThat(p.due().day()).isEqualTo(LocalDate.of(2026, 3, 4));
            assertThat(p.due().time()).isEqualTo(LocalTime.of(14, 0));
        });
        assertThat(promises("tom harris agreed 5 pallets a week")).isEmpty();
    }

    @Test
    void somethingToDoOnceIHaveWhatItNeedsAndSettingSomethingUpAreTasks() {
        assertThat(promises("tom harris needs a new layout. proposal once I have the floor plan")).singleElement()
                .satisfies(p -> assertThat(p.person()).isEqualTo(TOM));
        assertThat(promises("grace miller signed. add her to the mailing list")).singleElement()
                .satisfies(p -> assertThat(p.person()).isEqualTo(GRACE));
        assertThat(promises("grace miller has a new ops lead. set a call up with him next week")).singleElement()
                .satisfies(p -> assertThat(p.text()).startsWith("Set a call up"));
        assertThat(promises("lunch w tom harris. mock-ups to him fri")).singleElement()
                .satisfies(p -> assertThat(p.due().day()).isEqualTo(LocalDate.of(2026, 3, 6)));
    }

    @Test
    void extendingAContractAndEnteringAnOrderAreDutchNotesToSelf() {
        assertThat(promises("peter de wit akkoord. huurcontract met een jaar verlengen")).singleElement()
                .satisfies(p -> assertThat(p.person()).isEqualTo(PETER));
        assertThat(promises("annemiek bakker akkoord op de offerte! order invoeren")).singleElement()
                .satisfies(p -> assertThat(p.person()).isEqualTo(ANNEMIEK));
        assertThat(promises("peter zegt dat ze het contract willen verlengen")).isEmpty();
    }

    @Test
    void tasksForDifferentPeopleInOneStatementStaySeparate() {
        assertThat(promises("prijslijst donderdag naar Peter mailen, demo plannen met Annemiek"))
                .extracting(Promise::person).containsExactly(PETER, ANNEMIEK);
        assertThat(promises("brochure to tom tomorrow, revised quote to grace by the 12th")).satisfiesExactly(
                p -> assertThat(p).extracting(Promise::person, q -> q.due().day()).containsExactly(TOM, LocalDate.of(2026, 3, 4)),
                p -> assertThat(p).extracting(Promise::person, q -> q.due().day()).containsExactly(GRACE, LocalDate.of(2026, 3, 12)));
        assertThat(promises("demo at harris freight on the 10th, pricing to grace by the 12th"))
                .extracting(q -> q.due().day()).containsExactly(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 12));
    }

    @Test
    void oneTaskForTwoPeopleOrWithItsDaySaidTwiceStaysOne() {
        assertThat(promises("ik stuur Peter en Annemiek vrijdag de planning")).singleElement();
        assertThat(promises("I'll send tom the contract tomorrow, by 10 March at the latest")).singleElement();
        assertThat(promises("ik maak de offerte en bespreek hem over een week, dinsdag 10 maart")).singleElement()
                .satisfies(p -> assertThat(p.due().day()).isEqualTo(LocalDate.of(2026, 3, 10)));
    }

    @Test
    void aTaskIsForTheOneSomethingGoesToNotTheOneItComesFrom() {
        assertThat(promises("telefoonnummer van Peter naar Annemiek doorsturen")).singleElement()
                .satisfies(p -> assertThat(p.person()).isEqualTo(ANNEMIEK));
        assertThat(promises("forward Tom's figures to Grace tomorrow")).singleElement()
                .satisfies(p -> assertThat(p.person()).isEqualTo(GRACE));
        assertThat(promises("bel Peter over de offerte van Annemiek")).singleElement()
                .satisfies(p -> assertThat(p.person()).isEqualTo(PETER));
    }

    @Test
    void havingSomethingDoneIsADutchNoteToSelfButShowingItWasTheVisit() {
        assertThat(promises("peter gebeld. morgen de monteur laten komen en annemiek vrijdag bellen"))
                .extracting(Promise::text).containsExactly("Morgen de monteur laten komen", "Annemiek vrijdag bellen");
        assertThat(promises("peter gebeld, lekkage. morgen de monteur langs laten komen")).singleElement()
                .satisfies(p -> assertThat(p).extracting(Promise::person, q -> q.due().day())
                        .containsExactly(PETER, LocalDate.of(2026, 3, 4)));
        assertThat(promises("annemiek: volgende week vrijdag twee proefmodellen laten bezorgen")).singleElement()
                .satisfies(p -> assertThat(p.due().day()).isEqualTo(LocalDate.of(2026, 3, 13)));
        assertThat(promises("bij peter de nieuwe catalogus laten zien, hij was enthousiast")).isEmpty();
        assertThat(promises("annemiek de stoffen laten voelen, kiest de blauwe")).isEmpty();
    }

    @Test
    void aMeetingBeforeATaskWithADayOfItsOwnIsATaskOfItsOwn() {
        assertThat(promises("peter gesproken. demo woensdag om 14u en annemiek vrijdag terugbellen")).satisfiesExactly(
                p -> assertThat(p).extracting(Promise::text, Promise::person, q -> q.due().day(), q -> q.due().time())
                        .containsExactly("Demo woensdag om 14u", PETER, LocalDate.of(2026, 3, 4), LocalTime.of(14, 0)),
                p -> assertThat(p).extracting(Promise::person, q -> q.due().day())
                        .containsExactly(ANNEMIEK, LocalDate.of(2026, 3, 6)));
        assertThat(promises("peter: afspraak vrijdag om 10u, ik neem de stalen mee")).singleElement()
                .satisfies(p -> assertThat(p.due().day()).isEqualTo(LocalDate.of(2026, 3, 6)));
    }
}
