package nl.homerun.understanding;

import java.util.regex.Pattern;

/**
 * Whether a note reports contact with the customer, or only an attempt: "geen gehoor", "voicemail ingesproken",
 * "afspraak afgezegd", "no answer", "went to voicemail", "out of office". An attempt does not count as keeping in
 * touch. A note that reports both ("voicemail, she called back an hour later") is contact.
 */
final class ContactMade {

    private static final Pattern ATTEMPT = Pattern.compile("(?iu)\\b(geen gehoor|niet bereikbaar|onbereikbaar|voicemail|"
            + "ingesproken|nam niet op|neemt niet op|niet opgenomen|in gesprek|in vergadering|afgezegd|"
            + "afspraak (is |werd )?(geannuleerd|verzet)|ging niet door|gaat niet door|(hij|zij|ze) was er niet|"
            + "niet aanwezig|afwezig|out of office|ooo|afwezigheidsmelding|automatisch antwoord|no answer|no reply|"
            + "didn'?t pick up|did not pick up|not picking up|went to (vm|voicemail)|straight to (vm|voicemail)|"
            + "left (a )?(message|voicemail|vm)|vm left|couldn'?t reach|could not reach|unreachable|"
            + "(he|she|they)('s| is| was| were) (not available|unavailable|out)|"
            + "cancell?ed (last minute|on me|an hour before|the (meeting|call|visit|appointment|mtg))|"
            + "(meeting|call|visit|appointment|mtg) (was |got )?(cancell?ed|postponed|moved)|(she|he|they) cancell?ed|"
            + "no[- ]show|(she|he) wasn'?t there|auto[- ]?reply|line (was )?busy)\\b");
    private static final Pattern CONTACT = Pattern.compile("(?iu)\\b(belde terug|teruggebeld|heeft teruggebeld|"
            + "(toch|wel|eindelijk) bereikt|gesproken|spraken|sprak|kreeg \\p{L}+ aan de lijn|aan de lijn gehad|"
            + "called back|rang back|phoned back|got hold of|spoke (to|with)|spoken (to|with)|picked up|"
            + "got through|caught up)\\b");

    private ContactMade() {
    }

    static boolean in(String note) {
        return !ATTEMPT.matcher(note).find() || CONTACT.matcher(note).find();
    }
}
