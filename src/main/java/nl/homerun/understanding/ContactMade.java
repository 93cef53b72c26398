package nl.homerun.understanding;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a note reports contact with the customer, or only an attempt: "geen gehoor", "voicemail ingesproken",
 * "zit in een vergadering", "no answer", "went to voicemail", "out of office". An attempt does not count as keeping
 * in touch. A note that reports both ("voicemail, she called back an hour later") is contact. A meeting called off
 * or moved is an attempt too, unless the note says what the customer said or wants: then they were in touch. A day
 * the note says had no customer in it ("nothing customer facing", "geen klantcontact") is no contact either.
 */
final class ContactMade {

    /** The customer could not be reached. */
    private static final Pattern UNREACHED = Pattern.compile("(?iu)\\b(geen gehoor|niet bereikbaar|onbereikbaar|"
            + "niet te (bereiken|pakken)|kreeg (hem|haar|niemand) niet (te pakken|aan de lijn)|voicemail|antwoordapparaat|"
            + "ingesproken|nam niet op|neemt niet op|nam (hij|ze|zij) niet op|niet opgenomen|in gesprek|bezet|"
            + "(zit|zat|zaten|zitten|is|was) (nog |weer )?in (een )?(vergadering|overleg|meeting)|in vergadering|"
            + "(hij|zij|ze) was er niet|niet aanwezig|afwezig|niet op kantoor|niemand (thuis|aanwezig)|geen reactie|"
            + "terugbelverzoek|out of office|ooo|afwezigheidsmelding|automatisch antwoord|no answer|no reply|no response|"
            + "no luck|unanswered|didn'?t (pick up|answer)|did not (pick up|answer)|not (picking up|answering)|"
            + "went to (vm|voicemail)|straight to (vm|voicemail)|answer ?phone|answering machine|"
            + "left (a |him a |her a |them a )?(message|msg|voicemail|vm)|vm left|couldn'?t reach|could not reach|"
            + "couldn'?t get hold of|unreachable|tried (calling|to call|to reach|ringing|phoning)|rang out(?! of the blue)|"
            + "(he|she|they)('s| is| was| were) (not available|unavailable)|(he|she|they) (was|were) out|"
            + "(he|she) wasn'?t (there|in|available)|(is|was|'s) in a meeting|"
            + "no[- ]show|auto[- ]?reply|line (was )?(busy|engaged)|no joy|radio silence|ghosted|nothing back|"
            + "(not|haven'?t|have not) heard back|(nobody|no one|niemand) (answered|picked up|picking up|answering|there|home|"
            + "in|nam op|neemt op)|niet bereikt|missed (a |his |her |their )?call|"
            + "(he|she|they|\\p{L}+) (was |were |is |are |'s )?not in(?=\\s*([,.;]|$|today|the office))|"
            + "nothing customer[- ]facing|no (customer|client) (contact|calls|meetings|visits)|geen klant(contact|bezoeken)|"
            + "called in sick|ziek thuis|ziekgemeld|"
            + "(phone|mobile) (was )?(off|switched off|dead)|left (a )?(message|word) with|"
            + "(didn'?t|did not|never) (show|turn up|call back|ring back|reply|respond|get back to me)|"
            + "(hasn'?t|has not) (replied|responded|called back|rung back|got back)|niet (thuis|op kantoor)|"
            + "(nog )?(niets|niks) (gehoord|teruggehoord)|(nog )?geen (antwoord|reactie)|in meetings|"
            + "out of the office|couldn'?t get through|could not get through|still nothing|nothing yet|fell through|"
            + "missed (him|her|them)|bounced|try (him |her |them )?again|(nog eens|opnieuw|weer) proberen|"
            + "probeer (het )?(\\p{L}+ )?(nog eens|opnieuw)|niet gesproken|niet kunnen spreken|onbestelbaar|mail kwam terug|telefoon (staat )?uit|"
            + "niet aan de lijn (gekregen|gehad)|(?<=[-:,] ?)vm(?=\\s*$)|"
            + "(reception|receptie|receptionist|assistant|assistent|secretaresse|collega|colleague|switchboard|kantoor|"
            + "(his|her|their|zijn|haar|hun) (ea|pa)) "
            + "(says|said|zegt|zei|told me|vertelde)|"
            + "(couldn'?t|could not|didn'?t|did not|wasn'?t able to) (speak|talk) (to|with)|no pick-?up|"
            + "gemiste oproep|oproep gemist|geen bericht (achtergelaten|ingesproken)|"
            + "(none|nobody|no one|niemand) (\\p{L}+ ){0,2}(back|replied|responded|gereageerd|reageerde|geantwoord|teruggebeld|"
            + "teruggemaild)|"
            + "(in court|in de rechtbank|in (een )?zitting)( all day| de hele dag)?|"
            + "(naar|op|in) (de |zijn |haar |z'n |zn |d')?(voice)?mail ?box|(went|goes|going|straight) to (his |her |their )?mailbox|"
            + "niet beantwoord|onbeantwoord|(reageert|reageerde|reageren) (\\p{L}+ ){0,3}niet(?! alleen| enkel)|"
            + "afspraak vergeten|vergat (de |onze |zijn |haar )?afspraak|forgot (the|our|about the|about our) "
            + "(meeting|appointment|call|visit)|"
            + "(never|didn'?t|did not) (join|joined|dial in|dialled in|dialed in|log on|logged on|show up|showed up)|"
            + "nada|zilch|(visite)?kaartje (achter)?gelaten|left (my|a) (business )?card)\\b");
    /** A visit or call that did not happen as planned. */
    private static final Pattern CALLED_OFF = Pattern.compile("(?iu)\\b(afgezegd|zegde (\\p{L}+ )?af|"
            + "afspraak (is |werd )?(geannuleerd|verzet|verplaatst)|ging niet door|gaat niet door|"
            + "cancell?ed (last minute|on me|an hour before|the (meeting|call|visit|appointment|mtg))|"
            + "(meeting|call|visit|appointment|mtg) (was |got )?(cancell?ed|postponed|moved|rescheduled)|"
            + "(she|he|they) (had to )?cancell?ed|had to cancel|"
            + "(afspraak|bezoek|gesprek|overleg) (is |werd )?(afgelast|uitgesteld|verschoven)|gecanceld|gecanceled|"
            + "(afspraak|bezoek|meeting|call|demo) (met|with|w) (\\p{L}+ ){1,4}(is |werd |was )?(verzet|verplaatst|geannuleerd|"
            + "afgezegd|gecanceld|cancell?ed|moved|postponed)|"
            + "geannuleerd|cancell?ed(?=\\s*([,.;:!]|$|by|again|today|last))|called it off)\\b");
    /** Contact, unless denied ("niet teruggebeld", "hasn't called back"). */
    private static final Pattern CONTACT = Pattern.compile("(?iu)(?<!niet |nooit |not |never |hasn't |hasn’t |has not )"
            + "\\b(belde (\\p{L}+ )?terug|teruggebeld|"
            + "(toch|wel|eindelijk) bereikt|gesproken|spraken|sprak|kreeg \\p{L}+ aan de lijn|aan de lijn gehad|"
            + "(called|rang|phoned) (\\p{L}+ )?back|got hold of|spoke (to|with)|spoken (to|with)|picked up|"
            + "got through|caught up)\\b");
    /** A conversation the note opens with: "phone w/ mike", "call with Kate", "X rang out of the blue". */
    private static final Pattern MET = Pattern.compile("(?iu)^(\\S+ ){0,3}(phone|phoned|call|called|meeting|mtg|met|lunch|"
            + "coffee|chat|zoom|teams|video call|gesprek|koffie|overleg)( w/| with\\b| met\\b)|\\brang (me )?out of the blue\\b");
    /** What the customer said or wants, which they can only have told. */
    private static final Pattern TOLD = Pattern.compile("(?iu)\\b((she|he|they) (wants|said|says|asked|told|confirmed|"
            + "agreed|prefers)|(ze|zij|hij) (wil|zei|zegt|vroeg|vertelde|liet weten|bevestigde))\\b");

    /**
     * The condition of a follow-up has not happened: "chase her fri if nothing back" ("als" is left out: it is also
     * "as", "komt terug als onbestelbaar").
     */
    private static final Pattern IF = Pattern.compile("(?iu)\\b(if|unless|in case|tenzij|mocht|indien)\\s+(\\p{L}+\\s+){0,2}$");

    private ContactMade() {
    }

    private static boolean unreached(String note) {
        Matcher m = UNREACHED.matcher(note);
        while (m.find()) {
            if (!IF.matcher(note.substring(Math.max(0, m.start() - 30), m.start())).find()) {
                return true;
            }
        }
        return false;
    }

    static boolean in(String note) {
        if (CONTACT.matcher(note).find() || MET.matcher(note).find() && !CALLED_OFF.matcher(note).find()) {
            return true;
        }
        if (unreached(note)) {
            return false;
        }
        return !CALLED_OFF.matcher(note).find() || TOLD.matcher(note).find();
    }
}
