package nl.homerun.understanding;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shapes in which a note says that the account manager will do something, per language: a commitment in the
 * first person ("ik stuur", "bel ik", "I'll send"), a note to self (Dutch: what to do ends the clause, "offerte
 * morgen sturen"; English: it opens it, "send him the deck", "sending it today", "will confirm"), a new attempt
 * ("volgende week nog eens"), and a meeting or deadline with its day ("verzet naar do 12/3", "survey booked 19th
 * feb", "deadline 13/3", "wants a review end of june"). General language only: the cue words, never a note's content.
 */
final class PromiseCues {

    /**
     * What a part of a sentence is: no task, a task, a task without its subject that counts where it carries on a
     * task or opens the statement ("will confirm on wednesday"), a task the customer asked for ("she asked me to call
     * back"), or a task only when the statement names its day.
     */
    enum Kind { NONE, TASK, GOES_ON, ASKED, DATED }

    private static final String NL_STEMS = "stuur|verstuur|bel|mail|app|zoek|kom|plan|regel|maak|check|vraag|neem|breng|"
            + "lever|zet|koppel|informeer|laat|hou|houd|probeer|reken|bereid|pak|boek|reserveer|schrijf|ga|zal|moet|doe|kijk|"
            + "leg|geef|werk|ruim|organiseer|nodig|stel|spreek|bespreek|overleg|bestel|prik|haal|zorg|verwerk|stem|wijzig|"
            + "pas|help|bezoek|meld|verzet|volg|ruil|zend|deel|agendeer|herinner|feliciteer|bevestig|vul|loop|rij|bied|fix|"
            + "plaats|installeer|monteer";
    /** The stems that open a Dutch task without "ik" ("bel hem maandag", "en probeer het"): verbs and nothing else. */
    private static final String NL_IMPERATIVES = "stuur|verstuur|bel|mail|app|zoek|regel|maak|check|vraag|breng|lever|koppel|"
            + "informeer|probeer|reken|bereid|boek|reserveer|organiseer|bespreek|overleg|bestel|prik|haal|verzet|ruil|bevestig";
    private static final String NL_ADVERBS = "(?:(?:even|nog|zelf|dan|morgen|vandaag|straks|gewoon|wel|ook|maar|alvast|"
            + "direct|meteen|zo|snel|nu|later|eerst)\\s+)*";
    /** What "we" do for the customer; "we gaan" and "we zullen" only with what follows ("we gaan door" is no task). */
    private static final String NL_WE_VERBS = "sturen|versturen|bellen|mailen|komen|regelen|leveren|plannen|maken|zorgen|"
            + "nemen|organiseren|bereiden|bespreken|kijken|zoeken";
    /** Dutch infinitives of tasks; those that mean something else alone ("ze werken", "geven aan") only with a prefix. */
    private static final String NL_INFINITIVES = "(?:terug|na|op|door|toe|uit|in|af|mee|aan|langs|bij|rond|klaar|vast|weg|"
            + "om|voor|over|samen|nog)?(?:bellen|sturen|versturen|mailen|appen|zoeken|plannen|spreken|zetten|maken|leveren|"
            + "koppelen|regelen|checken|bevestigen|bereiden|stemmen|rekenen|kijken|boeken|reserveren|organiseren|prikken|"
            + "bestellen|ruilen|proberen|brengen|halen|pakken|schrijven|informeren|bespreken|overleggen|agenderen|melden|"
            + "bezoeken|nodigen|feliciteren|herinneren|wijzigen|corrigeren|crediteren|factureren|verzetten|verplaatsen|"
            + "zorgen|aanpassen|faxen|opvolgen|uitzoeken|verlengen|invoeren|afronden|controleren|verzenden)"
            + "|(?:terug|na|op|door|toe|uit|in|af|mee|aan|langs|bij|rond|klaar|vast|voor|over|samen)(?:gaan|komen|vragen|"
            + "nemen|leggen|geven|werken|stellen|volgen|dienen)";
    /** Words before a Dutch infinitive that make it part of someone's sentence, not a note to self. */
    private static final Pattern NL_NOT_SELF = Pattern.compile("(?iu)\\b(ik|je|jij|hij|zij|ze|we|wij|jullie|u|men|die|dat|"
            + "wie|wat|er|is|zijn|was|waren|wordt|worden|werd|heeft|hebben|had|wil|willen|wilt|gaat|gaan|ging|moet|moeten|kan|"
            + "kunnen|kon|zal|zullen|komt|blijft|lijkt|zit|zitten|staat|laat|laten|mag|mogen|hoeft|hoeven|kreeg|kregen|zat|"
            + "stond|lag|kwam|liep|vond|zei|zag|bleef|deed|wist|moest|wilde|zou|waren)\\b"
            + "|\\b(te|het|de|een|aan het)\\s*$");
    /**
     * What follows a Dutch infinitive when it is a thing talked about ("mailen werkt niet", "ophalen en brengen gaat
     * prima") or a verb of someone else's sentence ("de klanten bellen vaak"): in a note to self these come before it.
     */
    private static final Pattern NL_NOT_INFINITIVE = Pattern.compile("(?iu)^\\s+(?:(?:en|of)\\s+\\p{L}+\\s+)?(is|was|werkt|"
            + "werkte|lukt|lukte|gaat|ging|kost|kostte|duurt|duurde|blijft|heeft|had|helpt|wordt|hoeft|vaak|soms|graag|"
            + "regelmatig|meestal|steeds|altijd|nooit|zelden|veel|weinig|liever|zelf|ook|al|elke|iedere)\\b");
    /**
     * Something to have done, a Dutch note to self with any verb: "monteur langs laten komen", "proefstoel laten
     * bezorgen"; but letting the customer see, try or taste is what happened at the visit ("fotos laten zien", "maten laten passen").
     */
    private static final Pattern HAVE_IT_DONE = Pattern.compile("(?iu)(?<![\\p{L}-])laten\\s+(?!(zien|horen|merken|voelen|proeven|passen|testen|proberen|zitten|liggen|staan|vallen)\\b)\\p{L}+n\\b");
    private static final String NL_MEETINGS = "afspraak|rondleiding|demo|presentatie|gesprek|evaluatie|evaluatiegesprek|"
            + "overleg|bezoek|meeting|kennismaking|lunch|borrel|receptie|workshop|training|bespreking|kick-?off";

    /** A line headed as what to do: "actie: offerte naar Jan", "next step: demo on the 18th". */
    private static final String HEADER = "^(actie|acties|todo|to do|to-do|action|actions|next steps?|volgende stap|"
            + "follow[- ]?up|reminder|herinnering)\\s*:";
    /** What may open an English task before its verb: a header ("kate price: ..."), "so", "pls", "note to self". */
    private static final String EN_FILLERS = "(?:[^:]{1,30}:\\s+)?(?:(?:so|then|and|also|pls|please|must|next steps?:?|"
            + "to do:?|todo:?|actions?:?|my action:?|first thing|note to self:?|right|ok|oh|remember to|don'?t forget to|"
            + "just)\\s+)*";
    private static final String EN_VERBS = "send|revise|amend|chase|arrange|schedule|set up|set (?:\\S+ ){1,2}up|follow up|follow-up|prepare|"
            + "prep|confirm|try|"
            + "ping|remind|get|put|organise|organize|invite|share|resend|forward|sort|ask|find out|look into|bring|pick up|"
            + "ring|phone|draft|write|submit|give|let|make|circle back|double-check|double check|buy|fix|agree|finalise|"
            + "finalize|line up|go over|run through|walk|reach out|drop|pop|take|re-send|touch base|check in|catch up with|"
            + "pencil in|loop in|rework|redo|re-do|requote|re-quote|rerun|re-run|tell|inform|notify|brief|"
            + "do (?:it|them|that|this|those)|add (?:him|her|them|it)";
    /** Words that are a task's verb as well as a thing; as a verb they take an object or particle. */
    private static final String EN_NOUN_VERBS = "call|email|e-mail|mail|text|quote|order|update|review|check|visit|post|reply|"
            + "book|contact";
    private static final String EN_OBJECTS = "him|her|them|it|the|a|an|our|his|their|this|that|back|up|by|round|over|out|"
            + "some";
    /** What a customer asks us for: "wants the whitepaper", "wil een offerte". */
    private static final String EN_THINGS = "quote|proposal|price|pricing|price list|deck|whitepaper|white paper|brochure|"
            + "samples|specs|spec sheets?|case study|references|contract|draft|catalogue|catalog|presentation|comparison|"
            + "summary|breakdown|estimate|costing|illustration|calc|calculation|report|renewal terms|revised terms|"
            + "mock-?ups?|sample|artwork|proofs?|visuals|cert|certificate";
    private static final String NL_THINGS = "offerte|catalogus|prijslijst|voorstel|monsters|samples|brochure|proefpakket|"
            + "prijsopgave|presentatie|referenties|prijsindicatie|indicatie|begroting|calculatie|raming|kostenraming|"
            + "mock-?up|3d|3d-ontwerp|vergelijking|overzicht|berekening|samenvatting|doorrekening";
    /** A word before a meeting that opens a statement, that makes the meeting no subject ("will call me"). */
    private static final String NOT_A_SUBJECT = "((?!(will|would|i|we|he|she|they|you|ik|wij|hij|ze|zij|u|jij|je|wil|zal|"
            + "moet|kan)\\b)\\S+ )?";
    private static final String EN_MEETINGS = "meeting|mtg|call|catch[- ]?up|review|demo|visit|presentation|pitch|workshop|"
            + "tour|lunch|session|survey|inspection|sit-down|kickoff|kick-off|kick off";

    /** What a statement may open with that is a plan when it names its day ("ontwerp voor 1 juli", "audit plan by fri"). */
    private static final String NL_PLANS = "ontwerp|opzet|plan|planning|tekening|schets|call|belafspraak|koffie|langs|"
            + "kennismaken|terugkoppeling|update";
    private static final String EN_PLANS = "design|drawings|plan|options|coffee|webinar|present|intro|follow[- ]up|meet|"
            + "walkthrough|call back|callback|update";
    /** The start of a day as a deadline names it: "voor vrijdag", "by thu", "uiterlijk 20 maart", "by the 13th". */
    private static final String NL_DAY_WORDS = "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|"
            + "morgen|overmorgen|\\d|eind|begin|half|medio|volgende|komende|jan|feb|maart|mrt|apr|mei|jun|jul|aug|sep|okt|"
            + "nov|dec";
    private static final String EN_DAY_WORDS = "monday|tuesday|wednesday|thursday|friday|mon|tue|tues|wed|weds|thu|thur|"
            + "thurs|fri|tomorrow|tmrw|the \\d|\\d|end|mid|next|early|close of|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";

    /** What a thing to send may be before it is named: "revised quote mon", "nieuwe offerte vrijdag". */
    private static final String EN_REVISED = "((revised|new|updated|amended|final|formal|full|detailed|signed) )?";
    private static final String NL_REVISED = "((aangepaste|nieuwe|herziene|definitieve|getekende|uitgebreide) )?";

    /** When a plan without a verb is for ("offerte volgende week", "volgende week langs"): a coming day or week. */
    private static final String NL_WHEN = "(morgen|overmorgen|volgende week|deze week|komende week|na het weekend|"
            + "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|ma|di|wo|do|vr|\\d{1,2}[-/]\\d{1,2}|\\d{1,2} \\p{L}{3,})";
    private static final String EN_WHEN = "(tomorrow|tmrw|next week|this week|later this week|monday|tuesday|wednesday|"
            + "thursday|friday|mon|tue|tues|wed|thu|thur|thurs|fri|\\d{1,2}(st|nd|rd|th)|\\d{1,2}/\\d{1,2})";

    static final PromiseCues DUTCH = new PromiseCues(
            "(?iu)\\b(wil|wilde|vraagt|vroeg|verwacht) (dat|of) (ik|we|wij)\\b|\\bvroeg (me|mij|ons) (om|of)\\b"
                    + "|\\b(wil|wilt|willen|vraagt|vroeg om) (graag )?((een|de|het|ons|onze) )?(\\S+ )?(" + NL_THINGS + ")\\b"
                    + "|\\b(" + NL_THINGS + "|demo) (aangevraagd|gevraagd)\\b",
            "(?iu)\\bik\\s+" + NL_ADVERBS + "(" + NL_STEMS + ")\\b|\\b(" + NL_STEMS + ")\\s+ik\\b"
                    + "|\\b(we|wij)\\s+" + NL_ADVERBS + "(" + NL_WE_VERBS + ")\\b|\\b(" + NL_WE_VERBS + ")\\s+(we|wij)\\b"
                    + "|\\b(we|wij) (gaan|zullen)\\b.*(?<![\\p{L}-])(" + NL_INFINITIVES + ")\\b"
                    + "|\\b(afgesproken|beloofd|toegezegd|gezegd) dat (ik|we|wij)\\b"
                    + "|\\b(heb|hebben) (ik |we )?\\S* ?(beloofd|toegezegd)\\b|\\bik ben (er )?(ook )?(bij|erbij)\\b|\\bik ben er (om|op|\\d)"
                    + "|^" + NL_REVISED + "(" + NL_THINGS + "|" + NL_MEETINGS + "|langs|even langs)( \\S+){0,2}? " + NL_WHEN + "\\s*[.!]?$"
                    + "|^" + NL_WHEN + " (even |nog )?(langs|" + NL_THINGS + ")\\b"
                    + "|^(\\S+ )?(" + NL_THINGS + "|kaart|kaartje|contract|papieren|factuur|bestelling) (op de post|de deur uit|eruit) (vandaag|morgen|ma|di|wo|do|vr|maandag|dinsdag|woensdag|donderdag|vrijdag)\\b"
                    + "|^(in|begin|eind|half|medio) \\p{L}+ (even |nog )?(contact|langs|bellen)\\b"
                    + "|" + HEADER,
            "(?iu)^(?:[^:]{1,30}:\\s+)?" + NL_ADVERBS + "(" + NL_IMPERATIVES + ")\\b(?!\\s+(hij|ze|zij)\\b)"
                    + "(?!(?<=vraag|mail|app|check)\\s+(over|van|is|was)\\b)"
                    + "|^(moet|zal|ga)\\b(?!\\s+(hij|ze|zij|je|jij|u|het|dat)\\b).*(?<![\\p{L}-])(" + NL_INFINITIVES + ")\\b",
            "(?iu)(?<![\\p{L}-])(" + NL_INFINITIVES + ")\\b",
            "(?iu)^\\s*(\\S+\\s+){0,3}?(nog eens|nog een keer|nog 1x|opnieuw|weer|(nog )?(een |1 )?(nieuwe )?poging)\\s*[.!]?\\s*$",
            "(?iu)\\b(afspraak|verzet naar|verplaatst naar|verschoven naar|ingepland|nieuwe datum|past (hem|haar|hun|ons|mij|me)|"
                    + "schikt|verwacht (me|mij|ons)|sluitingsdatum|deadline|uiterlijk|"
                    + "vroeg (me|mij|ons)|wil(len)?\\b.*\\b(" + NL_MEETINGS + ")|wil(len)? (voor|vóór|uiterlijk) .{0,20}\\b\\p{L}*(" + NL_THINGS + "))\\b"
                    + "|^(de |het |een |onze )?" + NOT_A_SUBJECT + "(" + NL_MEETINGS + ")\\b"
                    + "|\\b(" + NL_THINGS + ") naar \\S+ (voor|vóór|uiterlijk|op)\\b"
                    + "|\\b(" + NL_THINGS + ")( \\p{L}+)? (voor|vóór|uiterlijk|over) (\\d|de |het |eind|begin|half)"
                    + "|^(" + NL_THINGS + "|" + NL_MEETINGS + "|" + NL_PLANS + ")\\b"
                    + "|\\b(gaat|gaan) (vandaag |morgen )?(nog )?de deur uit\\b"
                    + "|^(?!.*\\b(hij|zij|ze|die|beslist|besluit|beslissen|verwacht|hoopt|zal|zullen)\\b.*\\b(voor|vóór|uiterlijk)\\b).*\\b(voor|vóór|uiterlijk) (" + NL_DAY_WORDS + ")"
                    + "|^(volgende week |komende week |deze week )?(" + NL_DAY_WORDS + ")(\\s+\\S+){0,4}?\\s+(om )?\\d{1,2}([.:]\\d{2}|u|h)?\\b",
            "(?iu)\\b(altijd|nooit|voortaan|elke keer|steeds|niet|geen|ervan uit|ernaar uit|hoop|stel voor|"
                    + "laat (het )?maar|laat het (zo|erbij|rusten|gaan|zitten|lopen)|afwachten|wacht(en)? (op|tot|af)|(wil|wilt|heeft|het) liever|liever (even |gewoon )?(bellen|mailen|appen|gebeld|gemaild)|uitgerekend)\\b|^(\\S+ ){0,5}(was|waren|ging|liep|verliep)\\b");

    static final PromiseCues ENGLISH = new PromiseCues(
            "(?iu)\\b(asked|told|wants|needs|wanted) (me|us) to\\b|\\basked (me|us) for\\b|\\basked if (i|we) could\\b"
                    + "|\\b(wants|want|needs|need|asked for) ((the|a|an|our|some) )?(\\S+ )?(" + EN_THINGS + ")\\b"
                    + "|\\b(" + EN_THINGS + "|demo|trial) (requested|asked for)\\b",
            "(?iu)\\b(i'll|i will|i'?m going to|i am going to|i'?m gonna|i need to|i have to|i must|i should|i said i'?d|"
                    + "i promised|i owe|i'?d better|i'?ve got to|i'?m to|i plan to|let me|we'll|we will|we'?re going to|"
                    + "i'?m (meeting|seeing|visiting|calling|sending|dropping|popping|ringing|emailing)|"
                    + "we'?re (meeting|seeing|visiting)|(i'?m|i am|we'?re|we are) (out |over |down |up |round )?(there|on site|onsite))\\b|^(ill|me to|let'?s|owe)\\b|\\b(told|promised|agreed) .{0,30}?\\b(i|we)'?d\\b"
                    + "|\\b(we|i) agreed to\\b|\\bi'?ll be there\\b|" + HEADER
                    + "|^" + EN_REVISED + "(" + EN_THINGS + "|site visit|visit|demo|intro|follow[- ]up)( \\S+){0,2}? (next|by|on|due )?" + EN_WHEN + "\\s*[.!]?$"
                    + "|^(\\S+ )?(" + EN_THINGS + ") to \\S+ " + EN_WHEN + "\\b"
                    + "|\\bthen i (send|draft|write|call|ring|email|prepare|book|quote|chase|put together)\\b"
                    + "|^(\\S+ )?(" + EN_THINGS + "|paperwork|card|invoice|docs|documents|order) (out|in the post|off) (today|tomorrow|tmrw|on|by|mon|tue|wed|thu|fri)"
                    + "|^(" + EN_THINGS + ") (once|when|as soon as) (i|we)\\b"
                    + "|^" + EN_FILLERS + "(" + EN_VERBS + ")\\b"
                    + "|^" + EN_FILLERS + "(" + EN_NOUN_VERBS + ")\\s+(" + EN_OBJECTS + ")\\b"
                    + "|^(sending|calling|ringing|chasing|checking|emailing|mailing|booking|preparing|drafting|arranging|"
                    + "organising|organizing|following up|putting together|setting up|confirming|presenting|visiting|quoting|"
                    + "revising|reworking|redoing|updating|finalising|finalizing)\\b",
            "(?iu)^" + EN_FILLERS + "(will|gonna|going to|need to|needs to|have to|must|should|got to|gotta|plan to|"
                    + "promised|said i'?d|to (" + EN_VERBS + "|" + EN_NOUN_VERBS + "))"
                    + "\\s+(?!\\S+\\s+(me|us)\\b)",
            null,
            null,
            "(?iu)\\b(booked|rescheduled|moved to|pushed to|postponed to|brought forward to|deadline|rebook\\p{L}*|re-book|"
                    + "agreed (on )?(" + EN_DAY_WORDS + ")|can we do (a|an) (\\S+ )?(" + EN_MEETINGS + ")|"
                    + "moved (our|the|his|her|their) (call|meeting|demo|visit|mtg|appt|appointment) to|"
                    + "(want|need) .{0,40}\\b(by|before)\\b|"
                    + "due (on |by )?(the )?(\\d+\\p{L}*|mon|tue|wed|thu|fri|next|this|tomorrow|jan|feb|mar|apr|may|jun|jul|aug|sep|"
                    + "oct|nov|dec)|"
                    + "set for|scheduled for|pencill?ed in|in the diary|confirmed for|arranged for|"
                    + "(would|'d) like (a|an|the) (\\S+ )?(" + EN_MEETINGS + ")|"
                    + "invited to \\p{L}+|sign[- ]off|appointment|appt|asked for|"
                    + "(needs|wants|asked for) .{0,40}\\b(by|before)\\b|"
                    + "(wants?|needs?) (a|an|the|some|our) (\\S+ ){0,2}(" + EN_MEETINGS + "|" + EN_THINGS + "))\\b"
                    + "|^(the |a |an |our )?" + NOT_A_SUBJECT + "(" + EN_MEETINGS + ")\\b"
                    + "|\\b(" + EN_THINGS + ") to \\S+ (by|before)\\b"
                    + "|\\b(" + EN_THINGS + ")( \\p{L}+)? (due |needed )?(by|before|in) (\\d|the |end|mon|tue|wed|thu|fri)"
                    + "|^(" + EN_THINGS + "|" + EN_MEETINGS + "|" + EN_PLANS + ")\\b"
                    + "|\\b(to go|goes|going) out (today|tomorrow|tmrw|on|by|mon|tue|wed|thu|fri)"
                    + "|^(?!.*\\b(he|she|they|he'll|she'll|they'll|decides?|decision|expects?|hopes?|aims?|plans to|planning to|will|'ll)\\b.*\\b(by|before|due)\\b).*\\b(by|before|due) (" + EN_DAY_WORDS + ")"
                    + "|^(next |this )?(" + EN_DAY_WORDS + ")(\\s+\\S+){0,4}?\\s+(at )?\\d{1,2}([.:]\\d{2})?\\s*(am|pm)?\\b",
            "(?iu)\\b(always|never|from now on|every time|each time|in future|going forward|won'?t|will not|not going to|"
                    + "no need|don'?t need|doesn'?t need|wait(ing)? (for|till|until|and see)|baby (is )?due|due date|"
                    + "prefers|rather)\\b|^(\\S+ ){0,5}(was|were|went)\\b");

    private static final Set<String> DUTCH_WORDS = Set.of("de", "het", "een", "en", "van", "ik", "hij", "ze", "zij", "is",
            "met", "op", "voor", "niet", "dat", "die", "naar", "bij", "om", "nog", "ook", "maar", "wel", "heeft", "gebeld",
            "morgen", "vandaag", "volgende", "wil", "gaat", "haar", "hem", "zijn", "geen", "over", "er", "wordt", "ivm", "nav",
            "mbt", "evt", "ff", "even", "dus");
    private static final Set<String> ENGLISH_WORDS = Set.of("the", "a", "and", "of", "to", "i", "he", "she", "is", "with",
            "on", "for", "not", "that", "at", "by", "will", "his", "her", "they", "it", "him", "them", "called", "tomorrow",
            "next", "wants", "from", "was", "has", "no", "about", "this", "we", "our", "re", "w", "am", "pm", "asap", "fyi",
            "tmrw", "just", "back");

    private final Pattern asked;
    private final Pattern commitment;
    private final Pattern goesOn;
    private final Pattern infinitive;
    private final Pattern retry;
    private final Pattern dated;
    private final Pattern habit;

    /**
     * The cues of one language, as regular expressions: a request to me; a commitment; a task without its subject;
     * a note-to-self infinitive (Dutch only); a new attempt (Dutch only); a meeting or deadline that needs its day;
     * and what makes a statement no task (a habit, a "not", waiting for the customer).
     */
    private PromiseCues(String asked, String commitment, String goesOn, String infinitive, String retry, String dated,
            String habit) {
        this.asked = Pattern.compile(asked);
        this.commitment = Pattern.compile(commitment);
        this.goesOn = Pattern.compile(goesOn);
        this.infinitive = infinitive == null ? null : Pattern.compile(infinitive);
        this.retry = retry == null ? null : Pattern.compile(retry);
        this.dated = Pattern.compile(dated);
        this.habit = Pattern.compile(habit);
    }

    /** The cues of the note's language: Dutch when its common words are more Dutch than English. */
    static PromiseCues of(String note) {
        int dutch = 0;
        int english = 0;
        for (String word : note.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
            dutch += DUTCH_WORDS.contains(word) ? 1 : 0;
            english += ENGLISH_WORDS.contains(word) ? 1 : 0;
        }
        return dutch >= english ? DUTCH : ENGLISH;
    }

    /**
     * What a part of a clause says; {@code before} and {@code after} are the rest of the clause around it. A habit,
     * a negation or a figure of speech ("altijd eerst bellen", "ik kom er niet uit", "I won't") is no task.
     */
    Kind kind(String part, String before, String after) {
        String p = plain(part);
        if (habit.matcher(p).find()) {
            return Kind.NONE;
        }
        if (commitment.matcher(p).find() || toDo(p, plain(before), after) || retry != null && retry.matcher(p).find()
                && !NL_NOT_SELF.matcher(p).find()) {
            return Kind.TASK;
        }
        if (goesOn.matcher(p).find()) {
            return Kind.GOES_ON;
        }
        if (asked.matcher(p).find()) {
            return Kind.ASKED;
        }
        return dated.matcher(p).find() ? Kind.DATED : Kind.NONE;
    }

    /**
     * Whether a part names a meeting or deadline, read where a verb that opens a task is no task of mine: "verzet"
     * in "heeft afgezegd, verzet naar 6 mei" says the meeting moved.
     */
    boolean dated(String part) {
        return dated.matcher(plain(part)).find();
    }

    /** The names of the cues a part matches, whatever the rules then decide: features for {@link TaskFeatures}. */
    java.util.List<String> matched(String part, String before, String after) {
        String p = plain(part);
        java.util.List<String> names = new java.util.ArrayList<>();
        if (habit.matcher(p).find()) {
            names.add("habit");
        }
        if (commitment.matcher(p).find()) {
            names.add("commitment");
        }
        if (toDo(p, plain(before), after)) {
            names.add("todo");
        }
        if (retry != null && retry.matcher(p).find()) {
            names.add("retry");
        }
        if (goesOn.matcher(p).find()) {
            names.add("goeson");
        }
        if (asked.matcher(p).find()) {
            names.add("asked");
        }
        if (dated.matcher(p).find()) {
            names.add("dated");
        }
        return names;
    }

    /** A Dutch note to self: a task's infinitive with nobody's sentence around it ("offerte morgen sturen"). */
    private boolean toDo(String part, String before, String after) {
        if (infinitive == null) {
            return false;
        }
        return noteToSelf(infinitive.matcher(part), part, before, after)
                || noteToSelf(HAVE_IT_DONE.matcher(part), part, before, after);
    }

    /**
     * Whether one of the matches is an infinitive with nobody's sentence before it nor a statement about it after; a
     * "laten" of a note to self before it is no one's sentence.
     */
    private static boolean noteToSelf(Matcher m, String part, String before, String after) {
        while (m.find()) {
            if (!NL_NOT_SELF.matcher(HAVE_IT_DONE.matcher(before).replaceAll(" ") + " " + part.substring(0, m.start())).find()
                    && !NL_NOT_INFINITIVE.matcher(part.substring(m.end()) + after).find()) {
                return true;
            }
        }
        return false;
    }

    private static String plain(String text) {
        return text.replace('’', '\'').strip();
    }
}
