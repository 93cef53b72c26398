package nl.homerun.notes;

import java.util.Locale;
import java.util.regex.Pattern;

import nl.homerun.coach.Turn;
import nl.homerun.signals.SignalType;

/**
 * The method's advice for what was found (see ../shared/method): a buying signal asks for a concrete next step; a
 * silent complaint for acknowledging, asking, solving and coming back; a complaint for acting and confirming. After
 * a positive note comes the referral question, and when the talk was about price, the reminder that negotiating
 * is not selling.
 */
final class Coaching {

    private static final Pattern PRICE = Pattern.compile(
            "(?i)\\b(prijs|prijzen|korting|goedkoper|duur|duurder|tarief|concurrent\\w*|price|prices|pricing|discount|cheaper|expensive|rate|competitor\\w*)\\b");

    private Coaching() {
    }

    static String advice(Turn turn, SignalType type) {
        return turn.text("notes.advice." + type.name().toLowerCase(Locale.ROOT));
    }

    static String heading(Turn turn, SignalType type) {
        return turn.text("notes.signal." + type.name().toLowerCase(Locale.ROOT));
    }

    /** A buying signal and no complaint of either kind: the moment to ask who else would be this enthusiastic. */
    static boolean isPositive(nl.homerun.signals.NoteAnalysis analysis) {
        return analysis.has(SignalType.BUYING_SIGNAL) && !analysis.has(SignalType.COMPLAINT)
                && !analysis.has(SignalType.SILENT_COMPLAINT);
    }

    static boolean isAboutPrice(String note) {
        return PRICE.matcher(note).find();
    }
}
