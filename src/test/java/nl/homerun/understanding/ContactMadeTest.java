package nl.homerun.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whether a note reports contact or only an attempt. */
class ContactMadeTest {

    @Test
    void anAttemptIsNoContact() {
        assertThat(ContactMade.in("floris gebeld, geen gehoor. morgen weer")).isFalse();
        assertThat(ContactMade.in("Rang Walter twice, no answer.")).isFalse();
        assertThat(ContactMade.in("voicemail ingesproken bij mathilde")).isFalse();
        assertThat(ContactMade.in("Annelies zit in een vergadering tot drie uur")).isFalse();
        assertThat(ContactMade.in("tried calling margaret, will try her again on monday")).isFalse();
    }

    @Test
    void aMailboxAnUnansweredMailAForgottenOrUnjoinedMeetingAndACardLeftAreNoContact() {
        assertThat(ContactMade.in("henk drie keer gebeld, kom steeds op zijn voicemailbox")).isFalse();
        assertThat(ContactMade.in("jan gebeld, ging direct naar zn mailbox")).isFalse();
        assertThat(ContactMade.in("rang petra, straight to her mailbox again")).isFalse();
        assertThat(ContactMade.in("offerte naar Yvonne gemaild, nog altijd onbeantwoord")).isFalse();
        assertThat(ContactMade.in("bram reageert al twee weken niet op mijn mails")).isFalse();
        assertThat(ContactMade.in("om 9 uur bij de drukkerij, Wim was zijn afspraak vergeten")).isFalse();
        assertThat(ContactMade.in("teams call booked w/ Nora, she never dialled in")).isFalse();
        assertThat(ContactMade.in("chased Colm for the PO... nada")).isFalse();
        assertThat(ContactMade.in("nobody at the front desk, left my card for Ruth")).isFalse();
    }

    @Test
    void whatAFollowUpWaitsForHasNotHappened() {
        assertThat(ContactMade.in("proposal out to megan, ring her thurs if no reply")).isTrue();
        assertThat(ContactMade.in("offerte naar ruben gemaild, vrijdag bellen mocht er geen reactie komen")).isTrue();
        assertThat(ContactMade.in("samples posted to ian, chase next week if nothing back")).isTrue();
        assertThat(ContactMade.in("mailde ruben de offerte, kwam terug als onbestelbaar")).isFalse();
    }

    @Test
    void someoneElseAbsentIsStillContactWithWhoWasThere() {
        assertThat(ContactMade.in("bij de bakkerij, Joop was er niet, zijn vrouw wil de folders wel hebben")).isTrue();
    }

    @Test
    void anAttemptAnsweredLaterIsContact() {
        assertThat(ContactMade.in("voicemail, belde later terug over de maten")).isTrue();
        assertThat(ContactMade.in("Went to voicemail, but she called back after lunch.")).isTrue();
    }

    @Test
    void aCallBackThatDidNotComeIsNoContact() {
        assertThat(ContactMade.in("voicemail ingesproken, nog steeds niet teruggebeld")).isFalse();
    }

    @Test
    void aMovedMeetingIsContactWhenTheNoteSaysWhatTheyWant() {
        assertThat(ContactMade.in("Visit moved to Thursday.")).isFalse();
        assertThat(ContactMade.in("visit moved to thursday, she wants the samples first")).isTrue();
    }

    @Test
    void aNoteAboutAConversationIsContact() {
        assertThat(ContactMade.in("bart gesproken, wil 30 schorten")).isTrue();
        assertThat(ContactMade.in("Lunch with Theo, he's off to Spain next month")).isTrue();
    }

    @Test
    void nobodyThereOrAnOfficeDayIsNoContact() {
        assertThat(ContactMade.in("jeroen niet bereikt")).isFalse();
        assertThat(ContactMade.in("receptie gebeld, niemand neemt op")).isFalse();
        assertThat(ContactMade.in("warehouse - nobody picking up")).isFalse();
        assertThat(ContactMade.in("depot: mark not in, back friday")).isFalse();
        assertThat(ContactMade.in("missed a call from linda, will ring back")).isFalse();
        assertThat(ContactMade.in("forecast done, nothing customer facing")).isFalse();
        assertThat(ContactMade.in("mark not interested in the upgrade")).isTrue();
    }

    @Test
    void aCallThatTookPlaceIsContactEvenWithARetryLater() {
        assertThat(ContactMade.in("Phone w/ Mike Turner. Not interested this year. Try again Aug next yr")).isTrue();
        assertThat(ContactMade.in("Mike Turner rang out of the blue - wants to talk exit clause")).isTrue();
        assertThat(ContactMade.in("afspraak met hans de graaf verzet door hem, moest naar een klant")).isFalse();
        assertThat(ContactMade.in("mail naar els kwam terug, onbestelbaar")).isFalse();
    }

    @Test
    void aPhoneOffAVoicemailOrWhatSomeoneElseSaysIsNoContact() {
        assertThat(ContactMade.in("geprobeerd gert te bellen, telefoon staat uit")).isFalse();
        assertThat(ContactMade.in("lies de wit niet aan de lijn gekregen")).isFalse();
        assertThat(ContactMade.in("rob kowalsky - vm")).isFalse();
        assertThat(ContactMade.in("mike o'brien had knee surgery, reception says he's off for 2 wks")).isFalse();
        assertThat(ContactMade.in("kate - graham off sick, all on hold. she's fed up too")).isTrue();
    }

    @Test
    void notSpokenOrCalledOffIsNoContact() {
        assertThat(ContactMade.in("pieter zat in een zitting, niet gesproken. vrijdag terugbellen")).isFalse();
        assertThat(ContactMade.in("victoria in court all day, couldnt speak to her")).isFalse();
        assertThat(ContactMade.in("rang daniel, no pickup")).isFalse();
        assertThat(ContactMade.in("afspraak met wim gecanceld, hij is ziek")).isFalse();
        assertThat(ContactMade.in("linda cancelled, board session ran over")).isFalse();
    }

    @Test
    void aMissedCallHisAssistantsWordOrNoOneBackIsNoContact() {
        assertThat(ContactMade.in("gemiste oproep van Wim, geen bericht ingesproken")).isFalse();
        assertThat(ContactMade.in("mails gestuurd aan jan en els over de prijzen, niemand heeft nog gereageerd")).isFalse();
        assertThat(ContactMade.in("rang daniel about the renewal, his PA says he's away")).isFalse();
        assertThat(ContactMade.in("chased kate and tom by email, nobody back yet")).isFalse();
        assertThat(ContactMade.in("spoke to kate, she's back from leave")).isTrue();
    }
}
