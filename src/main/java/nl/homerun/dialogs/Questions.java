package nl.homerun.dialogs;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.homerun.coach.Button;
import nl.homerun.coach.Html;
import nl.homerun.coach.Reply;
import nl.homerun.coach.Turn;
import nl.homerun.dates.Dates;
import nl.homerun.dialogs.Script.AnswerType;
import nl.homerun.dialogs.Script.Step;
import nl.homerun.users.Language;

/** How a script's questions, answers and scores look in the chat. */
final class Questions {

    private static final Pattern ANSWER = Pattern.compile("\\{answer:([^}]*)}");

    private Questions() {
    }

    /**
     * A question with its buttons; each button carries the conversation version it answers. Its text may name earlier
     * answers ({@code {answer:x}}) and the account.
     */
    static Reply question(Turn turn, Script script, Step step, long version, Map<String, String> answers, String account) {
        StringBuilder text = new StringBuilder(header(turn, script, step, answers, account));
        if (step.answer() == AnswerType.DATE) {
            text.append("\n<i>").append(Html.escape(turn.text("dialogs.hint.date", Dates.examples(turn.language())))).append("</i>");
        } else if (step.answer().isTyped()) {
            text.append("\n<i>").append(turn.text("dialogs.hint." + step.answer().name().toLowerCase())).append("</i>");
        }
        return Reply.withButtons(text.toString(), buttons(turn, step, version));
    }

    /** The question's title, its number and what it asks. */
    static String header(Turn turn, Script script, Step step, Map<String, String> answers, String account) {
        int number = script.indexOf(step.id()) + 1;
        return "<b>" + Html.escape(script.title().in(turn.language())) + "</b> · " + number + '/' + script.steps().size()
                + "\n\n" + fill(step.ask().in(turn.language()), turn.language(), script, answers, account, 0);
    }

    /** A question as it reads once answered by button: the answer under it, no buttons left. */
    static Reply answered(Turn turn, Script script, Step step, String value, Map<String, String> answers, String account) {
        return Reply.text(question(turn, script, step, 0, answers, account).text() + "\n\n→ <b>"
                + Html.escape(label(turn.language(), step, value)) + "</b>");
    }

    private static List<List<Button>> buttons(Turn turn, Step step, long version) {
        if (step.answer().isTyped()) {
            return List.of();
        }
        List<Button> all = new ArrayList<>();
        for (String value : step.values()) {
            all.add(new DialogAction.Answer(version, value).button(label(turn.language(), step, value)));
        }
        int perRow = step.answer() == AnswerType.SCALE ? 5 : step.answer() == AnswerType.CHOICE ? 2 : 3;
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < all.size(); i += perRow) {
            rows.add(all.subList(i, Math.min(all.size(), i + perRow)));
        }
        return rows;
    }

    /** How an answer value reads: "Ja", an option's label, a date in words, or the typed text. */
    static String label(Language language, Step step, String value) {
        return switch (step.answer()) {
            case YES_PARTLY_NO, YES_NO -> switch (value) {
                case "yes" -> language == Language.NL ? "✅ Ja" : "✅ Yes";
                case "partly" -> language == Language.NL ? "◐ Deels" : "◐ Partly";
                default -> language == Language.NL ? "❌ Nee" : "❌ No";
            };
            case CHOICE -> step.options().stream().filter(o -> o.id().equals(value)).findFirst()
                    .map(o -> o.label().in(language)).orElse(value);
            case DATE -> day(language, LocalDate.parse(value));
            case CHECKLIST -> numbered(Checklist.decode(value).tickedTexts(step, language));
            default -> value;
        };
    }

    /** "1. first\n2. second", or a dash when there is nothing. */
    static String numbered(List<String> lines) {
        if (lines.isEmpty()) {
            return "—";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            out.append(i == 0 ? "" : "\n").append(i + 1).append(". ").append(lines.get(i));
        }
        return out.toString();
    }

    static String day(Language language, LocalDate date) {
        return language.format(date, FormatStyle.LONG);
    }

    /** A question cut to a few words, to name it in a list: its first line, without tags or quotes. */
    static String shortly(Step step, Language language) {
        String text = step.ask().in(language).replaceAll("<[^>]+>", "").strip().lines().findFirst().orElse("")
                .replaceAll("^[\"“„']+|[\"”']+$", "").strip();
        return text.length() <= 48 ? text : text.substring(0, text.lastIndexOf(' ', 46) > 20 ? text.lastIndexOf(' ', 46) : 46) + "…";
    }

    /** A script text with {answer:x}, {account}, {score} and {max} filled in (inserted values escaped). */
    static String fill(String text, Language language, Script script, Map<String, String> answers, String account, double score) {
        Matcher m = ANSWER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = answers.get(m.group(1));
            String shown = value == null ? "—" : Html.escape(label(language, script.step(m.group(1)), value));
            m.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        m.appendTail(out);
        return out.toString().replace("{account}", Html.escape(account == null ? "" : account))
                .replace("{score}", number(score, language)).replace("{max}", number(script.maxScore(), language));
    }

    /** 5, 4,5 (Dutch) or 4.5 (English). */
    static String number(double value, Language language) {
        NumberFormat format = NumberFormat.getNumberInstance(language.locale());
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }
}
