package nl.homerun.dialogs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.homerun.dates.Dates;
import nl.homerun.dialogs.Script.AnswerType;
import nl.homerun.dialogs.Script.Step;
import nl.homerun.users.Language;

/** Answers typed rather than pressed: a button's word ("ja", "deels", "3"), or a date, number, name or text. */
final class TypedAnswers {

    private TypedAnswers() {
    }

    /** "ja", "Nee", "deels", "3" or an option's label typed instead of pressed. */
    static Optional<String> asButton(Language language, Step step, String text) {
        String typed = text.strip().toLowerCase(Locale.ROOT);
        for (String value : step.values()) {
            String label = Questions.label(language, step, value).toLowerCase(Locale.ROOT).replaceAll("^[^\\p{L}\\p{N}]+", "");
            if (typed.equals(value) || typed.equals(label) || synonyms(value).contains(typed)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static List<String> synonyms(String value) {
        return switch (value) {
            case "yes" -> List.of("ja", "yes", "j", "y", "jazeker", "klopt");
            case "no" -> List.of("nee", "no", "n", "neen");
            case "partly" -> List.of("deels", "partly", "half", "een beetje", "soms");
            default -> List.of();
        };
    }

    /** A typed answer, checked and normalised by type (a date as ISO), or empty when it cannot be read. */
    static Optional<String> read(AnswerType type, String text, LocalDate today) {
        String value = text.strip();
        return switch (type) {
            case DATE -> Dates.readDay(value, today).map(LocalDate::toString);
            case NUMBER -> {
                try {
                    yield Optional.of(new BigDecimal(value.replace(',', '.')).stripTrailingZeros().toPlainString());
                } catch (NumberFormatException e) {
                    yield Optional.empty();
                }
            }
            case ACCOUNT -> value.length() <= 80 && value.codePoints().filter(Character::isLetterOrDigit).count() >= 2
                    && value.matches("[\\p{L}\\p{M}\\p{N} .,'&()/+@!-]+") ? Optional.of(value) : Optional.empty();
            case NAME -> value.length() <= 80 && value.codePoints().filter(Character::isLetter).count() >= 2
                    && value.matches("[\\p{L}\\p{M} .'&()-]+") ? Optional.of(value) : Optional.empty();
            default -> value.length() <= 2000 ? Optional.of(value) : Optional.empty();
        };
    }
}
