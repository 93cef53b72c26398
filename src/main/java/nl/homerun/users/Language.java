package nl.homerun.users;

import java.util.Locale;

/** The languages Homerun speaks. Dutch first. */
public enum Language {
    NL(Locale.forLanguageTag("nl")), EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** A day written out in this language, e.g. "donderdag 12 maart 2026" (FULL) or "12 mrt. 2026" (MEDIUM). */
    public String format(java.time.LocalDate day, java.time.format.FormatStyle style) {
        return day.format(java.time.format.DateTimeFormatter.ofLocalizedDate(style).withLocale(locale));
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Telegram's {@code language_code} ("nl", "nl-BE", "en-GB", null): Dutch for nl, English otherwise. */
    public static Language fromCode(String code) {
        return code != null && code.toLowerCase(Locale.ROOT).startsWith("nl") ? NL : EN;
    }
}
