package nl.homerun.signals;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.homerun.users.Language;

/** The whole pipeline with the trained models, on notes as account managers type them. */
class SignalDetectorTest {

    private static SignalDetector detector;

    @BeforeAll
    static void load() {
        detector = SignalDetector.load();
    }

    @Test
    void aDutchNoteWithABuyingSignalAndASilentComplaint() {
        NoteAnalysis note = detector.analyze("Bezoek bij Jansen BV. Ze vroegen om een offerte voor 20 extra licenties. "
                + "Het werkt goed, alleen jammer van de trage support.", Language.EN);

        assertThat(note.language()).isEqualTo(Language.NL);
        assertThat(note.label()).isEqualTo(SignalType.SILENT_COMPLAINT);
        assertThat(note.signals()).extracting(Signal::type, Signal::sentence).containsExactly(
                org.assertj.core.groups.Tuple.tuple(SignalType.BUYING_SIGNAL, "Ze vroegen om een offerte voor 20 extra licenties."),
                org.assertj.core.groups.Tuple.tuple(SignalType.SILENT_COMPLAINT, "Het werkt goed, alleen jammer van de trage support."));
        assertThat(note.signals()).allSatisfy(s -> assertThat(s.confidence()).isBetween(0.0, 1.0));
    }

    @Test
    void anEnglishNoteWithAComplaintIsLabelledByItsMostUrgentSentence() {
        NoteAnalysis note = detector.analyze("The delivery was late again and the buyer is furious. "
                + "He asked for a brochure on the new line.", Language.NL);

        assertThat(note.language()).isEqualTo(Language.EN);
        assertThat(note.label()).isEqualTo(SignalType.COMPLAINT);
        assertThat(note.signals()).extracting(Signal::type).containsExactly(SignalType.COMPLAINT, SignalType.BUYING_SIGNAL);
    }

    @Test
    void theExamplesOfTheMethodAreFound() {
        assertThat(detector.analyzeAs("Kunt u nog een brochure toesturen?", Language.NL).label()).isEqualTo(SignalType.BUYING_SIGNAL);
        assertThat(detector.analyzeAs("De kosten zijn veel lager dan wij vooraf dachten.", Language.NL).label())
                .isEqualTo(SignalType.BUYING_SIGNAL);
        assertThat(detector.analyzeAs("Vervelend dat de meegeleverde instructies niet in het Nederlands zijn, maar we komen er wel uit.",
                Language.NL).label()).isEqualTo(SignalType.SILENT_COMPLAINT);
        assertThat(detector.analyzeAs("Jullie hebben het druk hè? Want het duurt lang voordat wordt teruggebeld.", Language.NL)
                .signals()).extracting(Signal::type).contains(SignalType.SILENT_COMPLAINT);
    }

    @Test
    void shortNotesAreReadInTheirOwnLanguage() {
        assertThat(detector.analyze("wil graag een offerte", Language.EN).language()).isEqualTo(Language.NL);
        assertThat(detector.analyze("asked for a quote", Language.NL).language()).isEqualTo(Language.EN);
        assertThat(detector.analyze("asked for a quote", Language.NL).label()).isEqualTo(SignalType.BUYING_SIGNAL);
        assertThat(detector.analyze("zoon speelt hockey", Language.EN).label()).isEqualTo(SignalType.NEUTRAL);
    }

    @Test
    void whenTheNoteDoesNotTellTheUsersLanguageDecides() {
        assertThat(detector.analyze("Ok", Language.EN).language()).isEqualTo(Language.EN);
        assertThat(detector.analyze("Ok", Language.NL).language()).isEqualTo(Language.NL);
        assertThat(detector.analyze("wil offerte", Language.EN).language()).isEqualTo(Language.EN);
        assertThat(detector.analyze("wil offerte", Language.NL).language()).isEqualTo(Language.NL);
    }

    @Test
    void aNeutralNoteHasNoSignals() {
        NoteAnalysis note = detector.analyze("Volgende afspraak op 12 maart om 10 uur. Zijn dochter is net geslaagd.", Language.NL);
        assertThat(note.label()).isEqualTo(SignalType.NEUTRAL);
        assertThat(note.signals()).isEmpty();
    }

    @Test
    void linesAndBulletsSeparateSentencesToo() {
        NoteAnalysis note = detector.analyzeAs("""
                - levering weer te laat, inkoper is woedend
                - vraagt offerte voor tweede vestiging""", Language.NL);
        assertThat(note.signals()).extracting(Signal::type).containsExactly(SignalType.COMPLAINT, SignalType.BUYING_SIGNAL);
    }
}
