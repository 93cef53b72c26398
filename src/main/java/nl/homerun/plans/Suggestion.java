package nl.homerun.plans;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The activities the method's article suggests per P, each with a measurable goal and how many days from today it
 * is planned; their texts are in the bundles under {@code plans.suggest.<code>}. Taking one makes an activity of it,
 * in the user's language, which they can change like their own.
 */
enum Suggestion {
    /** Overtreffen van de verwachtingen: het perfect uitvoeren van een project. */
    DELIVER("j1", Pillar.PROJECT, 21),
    EVALUATE("j2", Pillar.PROJECT, 42),
    /** "bij de perfecte afronding van een project mag best een fles wijn worden weggegeven" */
    CELEBRATE("j3", Pillar.PROJECT, 63),
    /** De persoonlijke band met de relevante personen bij de opdrachtgever versterken. */
    DECIDER("p1", Pillar.PERSON, 14),
    KNOW_THEM("p2", Pillar.PERSON, 56),
    TEAM_MEETS("p3", Pillar.PERSON, 42),
    /** De wijze van factureren. */
    INVOICES("r1", Pillar.PROCESS, 28),
    /** Informatieverstrekking. */
    INFORMATION("r2", Pillar.PROCESS, 42),
    /** Escaleren bij problemen, liefst pro-actief. */
    ESCALATION("r3", Pillar.PROCESS, 35),
    /** De contactpersonen van de klant bekend binnen de eigen organisatie: niet in de wacht, niet 3x doorverbonden. */
    KNOWN_INSIDE("r4", Pillar.PROCESS, 21),
    /** Altijd de beste professionals inzetten. */
    BEST_PEOPLE("s1", Pillar.PARTNERSHIP, 60),
    /** Gezamenlijk nieuwe diensten ontwikkelen. */
    NEW_SERVICE("s2", Pillar.PARTNERSHIP, 120),
    /** Pro-actief nieuwe ontwikkelingen aankaarten en inzetten. */
    NEW_DEVELOPMENT("s3", Pillar.PARTNERSHIP, 90);

    /** Its short name in buttons and stored activities. */
    final String code;
    final Pillar pillar;
    /** Planned this many days from the day it is taken. */
    final int days;

    Suggestion(String code, Pillar pillar, int days) {
        this.code = code;
        this.pillar = pillar;
        this.days = days;
    }

    static Optional<Suggestion> of(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    static List<Suggestion> of(Pillar pillar) {
        return Arrays.stream(values()).filter(s -> s.pillar == pillar).toList();
    }

    String textKey() {
        return "plans.suggest." + code + ".text";
    }

    String goalKey() {
        return "plans.suggest." + code + ".goal";
    }
}
