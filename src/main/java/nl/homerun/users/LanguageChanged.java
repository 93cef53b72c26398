package nl.homerun.users;

/** Published when a user picks another language, so channels can follow (Telegram's command menu, for one). */
public record LanguageChanged(long userId, Language language) {
}
