package nl.homerun.coach;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.homerun.users.Language;

/**
 * The texts of the bot, from the message bundles under {@code i18n/}. Text arguments are HTML-escaped on the way
 * in, so a user's own words can never break the formatting of a reply.
 */
@Component
public class Messages {

    private final MessageSource source;

    Messages(MessageSource source) {
        this.source = source;
    }

    public String get(Language language, String key, Object... args) {
        Object[] safe = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            safe[i] = args[i] instanceof CharSequence text ? Html.escape(text.toString()) : args[i];
        }
        return source.getMessage(key, safe, language.locale());
    }
}
