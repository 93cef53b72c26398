package nl.homerun.accounts;

import java.util.Locale;

/**
 * Where the value of a relation comes from, as the method names it: business reasons (revenue, margin, growth,
 * continuity), professional and content reasons, and strategic reasons.
 */
public enum ValueGroup {
    BUSINESS, PROFESSIONAL, STRATEGIC;

    /** Its name in text keys: "business". */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
