package nl.homerun.notes;

import java.util.List;
import java.util.Locale;

import nl.homerun.coach.Turn;
import nl.homerun.signals.NoteAnalysis;
import nl.homerun.signals.Signal;
import nl.homerun.signals.SignalType;

/**
 * The method's advice for what was found (see ../shared/method): a buying signal asks for a concrete next step; a
 * silent complaint for acknowledging, asking, solving and coming back; a complaint for acting and confirming. Price
 * pressure gets the method's word on negotiating instead, whatever its type: negotiating is not selling. After a
 * note in which the customer sounded satisfied or enthusiastic, and nothing was wrong, comes the referral question.
 */
final class Coaching {

    private Coaching() {
    }

    /** The answer to an analysed note with signals: each signal quoted with its advice, then what the note calls for. */
    static String answer(Turn turn, NoteAnalysis analysis) {
        StringBuilder out = new StringBuilder(turn.text("notes.saved", analysis.signals().size()));
        List<Signal> signals = analysis.signals();
        for (int i = 0; i < signals.size(); i++) {
            Signal signal = signals.get(i);
            String number = signals.size() > 1 ? (i + 1) + ". " : "";
            out.append("\n\n").append(number).append(heading(turn, signal.type()))
                    .append(' ').append(turn.text("notes.quote", signal.sentence()))
                    .append('\n').append(advice(turn, signal));
        }
        return out.append(closing(turn, analysis)).toString();
    }

    /** The referral question after a satisfied note; the word on price when it came up outside the signals. */
    static String closing(Turn turn, NoteAnalysis analysis) {
        StringBuilder out = new StringBuilder();
        if (analysis.satisfied()) {
            out.append("\n\n").append(turn.text("notes.referral"));
        }
        if (analysis.aboutPrice() && analysis.signals().stream().noneMatch(Signal::aboutPrice)) {
            out.append("\n\n").append(turn.text("notes.price"));
        }
        return out.toString();
    }

    static String advice(Turn turn, Signal signal) {
        return signal.aboutPrice() ? turn.text("notes.advice.price")
                : turn.text("notes.advice." + signal.type().name().toLowerCase(Locale.ROOT));
    }

    static String heading(Turn turn, SignalType type) {
        return turn.text("notes.signal." + type.name().toLowerCase(Locale.ROOT));
    }
}
