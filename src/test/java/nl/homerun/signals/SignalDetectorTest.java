package nl.homerun.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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
    void aNameThatIsAlsoAWordIsReadAsANameOnly() {
        assertThat(SignalDetector.withoutNames(Tokens.of("rob's team rang, bill wants a quote"), java.util.Set.of("rob", "bill")))
                .containsExactly("<name>", "team", "rang", "<name>", "wants", "a", "quote");

        NoteAnalysis note = detector.analyze("rob rang, wants a quote by fri", Language.EN, List.of(), java.util.Set.of("rob"));

        assertThat(note.signals()).extracting(Signal::type, Signal::sentence).containsExactly(
                org.assertj.core.groups.Tuple.tuple(SignalType.BUYING_SIGNAL, "rob rang, wants a quote by fri"));
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

    @Test
    void whatTheFirstDetectorGotWrong() {
        assertThat(detector.analyzeAs("Karin zei dat de collega's heel enthousiast reageerden op de nieuwe planningsmodule.",
                Language.NL).label()).isEqualTo(SignalType.BUYING_SIGNAL);
        assertThat(detector.analyzeAs("My colleagues were really enthusiastic about the new portal.", Language.EN).label())
                .isEqualTo(SignalType.BUYING_SIGNAL);
        assertThat(detector.analyzeAs("Honestly, the way your support treated us is a disgrace.", Language.EN).label())
                .isEqualTo(SignalType.COMPLAINT);
        assertThat(detector.analyzeAs("Anders stappen ze over naar de concurrent, zei de inkoper.", Language.NL).label())
                .isEqualTo(SignalType.COMPLAINT);
        assertThat(detector.analyzeAs("Vorige keer gedoe over de planning, nu rechtgezet.", Language.NL).label())
                .isEqualTo(SignalType.NEUTRAL);
    }

    @Test
    void oneDoubtfulSentenceDoesNotOutrankASureOne() {
        List<Signal> signals = List.of(new Signal(SignalType.SILENT_COMPLAINT, "a", 0.45),
                new Signal(SignalType.BUYING_SIGNAL, "b", 0.97));

        assertThat(NoteAnalysis.label(signals, 0.6)).isEqualTo(SignalType.BUYING_SIGNAL);
        assertThat(NoteAnalysis.label(signals, 0.4)).isEqualTo(SignalType.SILENT_COMPLAINT);
        assertThat(NoteAnalysis.label(List.of(new Signal(SignalType.COMPLAINT, "a", 0.45)), 0.6)).isEqualTo(SignalType.COMPLAINT);
        assertThat(NoteAnalysis.label(List.of(), 0.6)).isEqualTo(SignalType.NEUTRAL);
    }

    @Test
    void aNoteInALanguageHomerunDoesNotReadIsNotAnalysed() {
        NoteAnalysis german = detector.analyze("Der Kunde ist sehr unzufrieden mit der letzten Lieferung und droht zu kündigen.",
                Language.NL);

        assertThat(german.analysed()).isFalse();
        assertThat(german.foreignLanguage()).isEqualTo("deu");
        assertThat(german.signals()).isEmpty();
        assertThat(detector.analyze("Klant is erg ontevreden over de laatste levering en dreigt op te zeggen.", Language.EN)
                .analysed()).isTrue();
        assertThat(detector.analyze("ff gebeld met jan", Language.EN).analysed()).isTrue();
    }

    @Test
    void aUsersCorrectionWinsForTheSameOrANearlyIdenticalSentenceOnly() {
        String sentence = "Ze willen de levering voortaan op dinsdag in plaats van maandag.";
        List<Correction> corrections = List.of(new Correction(sentence, SignalType.SILENT_COMPLAINT));

        assertThat(detector.analyze(sentence, Language.NL, corrections).label()).isEqualTo(SignalType.SILENT_COMPLAINT);
        assertThat(detector.analyze("ze willen de levering voortaan op dinsdag in plaats van maandag hoor", Language.NL,
                corrections).label())
                .isEqualTo(SignalType.SILENT_COMPLAINT);
        assertThat(detector.analyze(sentence, Language.NL, corrections).signals()).singleElement()
                .satisfies(s -> assertThat(s.confidence()).isEqualTo(1.0));
        assertThat(detector.analyze("Ze willen een offerte voor de vestiging in Venlo.", Language.NL, corrections).label())
                .isNotEqualTo(SignalType.SILENT_COMPLAINT);
    }

    @Test
    void priceTalkAndSatisfactionAreFound() {
        NoteAnalysis discount = detector.analyzeAs("Ze willen 10% korting, anders stappen ze over.", Language.NL);
        assertThat(discount.aboutPrice()).isTrue();
        assertThat(discount.signals()).allSatisfy(s -> assertThat(s.aboutPrice()).isTrue());
        assertThat(detector.analyzeAs("A real buyer took over their purchasing last month.", Language.EN).aboutPrice()).isTrue();
        assertThat(detector.analyzeAs("Ze vroeg om een offerte voor de tweede locatie.", Language.NL).aboutPrice()).isFalse();

        assertThat(detector.analyzeAs("Ze was erg tevreden over de installatie.", Language.NL).satisfied()).isTrue();
        assertThat(detector.analyzeAs("They signed the renewal of the contract today.", Language.EN).satisfied()).isTrue();
        assertThat(detector.analyzeAs("Asked for a quote for the second site.", Language.EN).satisfied()).isFalse();
        assertThat(detector.analyzeAs("Ze was erg tevreden, alleen jammer dat de levering weer te laat was.", Language.NL)
                .satisfied()).isFalse();
    }
}
