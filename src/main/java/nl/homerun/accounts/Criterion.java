package nl.homerun.accounts;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A criterion an account is scored on (1 to 5), in the order the value conversation asks them. The business ones
 * are the article's own (revenue, margin, growth, continuity); the professional and strategic ones follow what it
 * says those reasons are: added value where we are good, professional growth, ambassadors and references, the way
 * into a market we want, and the chance of a partnership (developing new services together).
 */
public enum Criterion {
    REVENUE(ValueGroup.BUSINESS),
    MARGIN(ValueGroup.BUSINESS),
    GROWTH(ValueGroup.BUSINESS),
    CONTINUITY(ValueGroup.BUSINESS),
    ADDED_VALUE(ValueGroup.PROFESSIONAL),
    DEVELOPMENT(ValueGroup.PROFESSIONAL),
    REFERENCE(ValueGroup.STRATEGIC),
    MARKET(ValueGroup.STRATEGIC),
    PARTNERSHIP(ValueGroup.STRATEGIC);

    private final ValueGroup group;

    Criterion(ValueGroup group) {
        this.group = group;
    }

    public ValueGroup group() {
        return group;
    }

    /** Its name in text keys and stored documents: "added-value". */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Criterion> of(String key) {
        return Arrays.stream(values()).filter(c -> c.key().equals(key)).findFirst();
    }

    public static List<Criterion> of(ValueGroup group) {
        return Arrays.stream(values()).filter(c -> c.group == group).toList();
    }
}
