package nl.homerun.understanding;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.homerun.contacts.Contact;
import nl.homerun.dates.Dates;
import nl.homerun.dates.InText;
import nl.homerun.dates.TypedDate;
import nl.homerun.understanding.Sentences.Sentence;
import nl.homerun.understanding.Understanding.FactKind;
import nl.homerun.understanding.Understanding.LifeEvent;
import nl.homerun.understanding.Understanding.PersonalFact;
import nl.homerun.understanding.Understanding.When;

/**
 * Finds the personal details the method asks an account manager to know (family, sport, hobbies, car, coffee, how
 * they behave, their workplace, birthday, a new role) and the coming life events to ask about afterwards ("zijn
 * dochter trouwt in juni", "off to Crete for two weeks from the 11th"), each for the contact the statement is
 * about. By rule: each kind is a small vocabulary of the things people mention, which a rule finds as well as a
 * model and explains better; only statements about a person (a name or he/she) are read.
 */
final class FactFinder {

    private static final Map<FactKind, Pattern> KINDS = new EnumMap<>(FactKind.class);

    static {
        kind(FactKind.BIRTHDAY, "jarig|verjaardag|wordt (\\d{2}|veertig|vijftig|zestig)\\b|birthday|turns? (\\d{2}|forty|fifty|sixty|seventy)\\b|turning (\\d{2}|forty|fifty|sixty)");
        kind(FactKind.ROLE, "is nu (de )?(nieuwe )?\\p{L}*(manager|directeur|hoofd|inkoper|coördinator|coordinator|teamleider|"
                + "eigenaar|cfo|ceo|cto|cio|coo)|wordt (de )?(nieuwe )?(manager|directeur|hoofd|teamleider)|gepromoveerd|"
                + "nieuwe functie|nieuwe baan|promoted|new role|new job|is now (the )?(head|cio|cfo|ceo|cto|director|manager|vp)|"
                + "takes over as|taking over as|will run the|stapt over naar|neemt het stokje over");
        kind(FactKind.FAMILY, "dochter|dochters|zoon|zoons|zonen|kinderen|kindje|kids|kleinkind\\p{L}*|kleinzoon|kleindochter|"
                + "baby|zwanger|bevallen|bevalling|geboren|zijn vrouw|haar man|haar vriend|zijn vriendin|getrouwd|"
                + "trouwt|trouwen|bruiloft|opa|oma|tweeling|daughter|daughters|son|sons|children|kid|child|grandson|"
                + "granddaughter|grandkid\\p{L}*|wife|husband|girlfriend|boyfriend|married|marrying|wedding|pregnant|"
                + "expecting|newborn|twins|honeymoon|grandchild\\p{L}*|(his|her) family");
        kind(FactKind.SPORT, "voetbal\\p{L}*|hockey\\p{L}*|tennis\\p{L}*|padel|golf\\p{L}*|hardlop\\p{L}*|marathon|"
                + "wielren\\p{L}*|racefiets|mountainbike|zwemt|zwemmen|schaats\\p{L}*|skie\\p{L}*|volleybal|basketbal|"
                + "korfbal|roeit|roeien|triatlon|triathlon|fitness|sportschool|crossfit|squash|boksen|judo|seizoenkaart\\p{L}*|"
                + "supporter|fan van|football|soccer|rugby|cricket|running|runner|cycling|cyclist|swimming|skiing|"
                + "baseball|basketball|gym|climbing|-fan\\b|season ticket|half marathon|spinning");
        kind(FactKind.HOBBIES, "vissen|hengel\\p{L}*|tuinier\\p{L}*|moestuin|koken|kookt|bakt|bakken|muziek|gitaar|piano|"
                + "zingt|koor|schilder\\p{L}*|fotografie|kamperen|caravan|camper|motorrijd\\p{L}*|paardrij\\p{L}*|jagen|"
                + "jacht|wijnliefhebber|whisky|carnaval\\p{L}*|klussen|schaken|puzzel\\p{L}*|vogel\\p{L}*|fishing|"
                + "gardening|cooking|baking|foodie|wine|guitar|singing|choir|painting|photography|camping|motorbike|"
                + "horse riding|hunting|chess|birdwatching|woodwork|sailing|hiking|knitting|nut\\b|hobby|hobbies");
        kind(FactKind.CAR, "rijdt (in )?(een |nu |sinds kort )*(nieuwe )?\\p{L}+|leaseauto|(zijn|haar|nieuwe|een) auto\\b|bmw|audi|tesla|volvo|mercedes|"
                + "volkswagen|vw\\b|toyota|kia|skoda|peugeot|renault|ford|opel|porsche|land rover|range rover|jaguar|"
                + "polestar|lexus|hyundai|id\\.? ?buzz|drives (a|an|the)|his car|her car|new car|pickup|pick-up");
        kind(FactKind.COFFEE, "koffie\\p{L}* (zwart|met|zonder|altijd)|drinkt (zijn |haar )?(koffie|thee|espresso|cappuccino|"
                + "latte)|zwarte koffie|espresso|cappuccino|latte|havermelk|flat white|decaf|cafeïnevrij|"
                + "coffee (black|with|white)|black coffee|takes (his|her) coffee|drinks (his |her )?(coffee|tea)|"
                + "(no|doesn'?t drink) coffee|oat milk|tea\\b|thee\\b|sugars?\\b|suiker");
        kind(FactKind.BEHAVIOUR, "wil altijd|wil eerst|wil alles|houdt (niet )?van|hekel aan|heeft een hekel|is (heel |erg |nogal )?"
                + "(direct|zakelijk|kortaf|voorzichtig|besluiteloos|precies)|beslist (snel|zelf)|stelt veel vragen|"
                + "laat zich niet|always wants|wants everything|prefers|hates|can'?t stand|likes (to|his|her)|"
                + "doesn'?t like|very direct|no small talk|small talk|numbers person|in writing|calls me|"
                + "hierarchical|did all the talking");
        kind(FactKind.WORKPLACE, "(zijn|haar) (kantoor|werkplek|bureau|kamer)|kantoor (hangt|staat|ligt|kijkt)|werkplek|"
                + "staand bureau|(his|her) (office|desk)|office (is|overlooks|overlooking)|desk (is|by)|glass box|"
                + "overlooking|open-plan|corner office|portacabin");
        kind(FactKind.NOTES, "vegetari\\p{L}*|veganist|vegan\\p{L}*|allergi\\p{L}*|gluten|halal|met pensioen|pensioen|"
                + "verhuist|verhuizen|gestopt met roken|retir\\p{L}*|moving (house|to)|vegetarian|teetotal|doesn'?t drink");
    }

    private static final Pattern EVENT = Pattern.compile("(?iu)\\b(trouwt|trouwen|bruiloft|getrouwd|vakantie|op reis|reis naar|"
            + "gaat (\\p{L}+ )?naar|marathon|loopt de|verhuist|verhuizen|verhuizing|bevalling|uitgerekend|baby|geboren|"
            + "met pensioen|pensioen|operatie|geopereerd|examen|afstuderen|diploma|jubileum|wordt (\\d{2}|veertig|vijftig|zestig)|"
            + "marry|married|marrying|wedding|holiday|vacation|trip|off to|honeymoon|race|moving|retir\\p{L}*|surgery|"
            + "operation|graduat\\p{L}*|starts (university|school|college|uni)|baby (is )?due|turns? \\d{2}|turning|"
            + "anniversary|sabbatical|zwangerschapsverlof|ouderschapsverlof|maternity leave|paternity leave)\\b");
    private static final Pattern ABOUT_A_PERSON = Pattern.compile("(?iu)\\b(hij|zij|ze|zijn|haar|hem|he|she|his|her|him)\\b");

    private FactFinder() {
    }

    private static void kind(FactKind kind, String words) {
        KINDS.put(kind, Pattern.compile("(?iu)\\b(" + words + ")"));
    }

    static List<PersonalFact> facts(Sentence sentence, Contact person, boolean named) {
        List<PersonalFact> facts = new ArrayList<>();
        if (person == null || !named && !ABOUT_A_PERSON.matcher(sentence.text()).find()) {
            return facts;
        }
        for (Map.Entry<FactKind, Pattern> kind : KINDS.entrySet()) {
            Matcher m = kind.getValue().matcher(sentence.text());
            if (m.find()) {
                String value = kind.getKey() == FactKind.BIRTHDAY ? birthday(sentence.text()).orElse(sentence.text())
                        : sentence.text().strip();
                facts.add(new PersonalFact(person, kind.getKey(), value.replaceAll("[.!]+$", "")));
            }
        }
        return facts;
    }

    /** A coming life event of the person in the statement, when it says one and when. */
    static Optional<LifeEvent> event(Sentence sentence, Contact person, boolean named, LocalDate today) {
        if (person == null || !named && !ABOUT_A_PERSON.matcher(sentence.text()).find()
                || !EVENT.matcher(sentence.text()).find()) {
            return Optional.empty();
        }
        for (InText.FoundDate date : InText.dates(sentence.text(), today)) {
            boolean coming = date.day() != null ? !date.day().isBefore(today) : !date.month().isBefore(YearMonth.from(today));
            if (coming) {
                return Optional.of(new LifeEvent(person, sentence.text().strip().replaceAll("[.!]+$", ""),
                        new When(date.day(), date.month(), null)));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> birthday(String text) {
        Matcher words = Pattern.compile("(\\d{1,2}\\s+\\p{L}+|\\p{L}+\\s+\\d{1,2}(st|nd|rd|th)?)").matcher(text);
        while (words.find()) {
            Optional<TypedDate> day = Dates.readBirthday(words.group());
            if (day.isPresent()) {
                return Optional.of(words.group());
            }
        }
        return Optional.empty();
    }
}
