package nl.homerun.dialogs;

import java.util.List;

import org.springframework.stereotype.Component;

import nl.homerun.coach.Html;
import nl.homerun.coach.Reply;
import nl.homerun.coach.Turn;
import nl.homerun.contacts.CardSection;
import nl.homerun.contacts.Contact;

/**
 * What Homerun knows of the person a conversation is about, shown when it starts: the account and role, the personal
 * facts, and what the other modules put on the contact's card (latest notes and open signals, open tasks) through
 * {@link CardSection}, so this module needs no dependency on them. Their buttons stay on the card: here they would
 * start another conversation in the middle of this one.
 */
@Component
class PersonBrief {

    private final List<CardSection> sections;

    PersonBrief(List<CardSection> sections) {
        this.sections = sections;
    }

    Reply of(Turn turn, Contact contact) {
        StringBuilder text = new StringBuilder(turn.text("dialogs.person.about", contact.name()));
        if (contact.account() != null || contact.role() != null) {
            text.append("\n🏢 ").append(Html.escape(String.join(", ", java.util.stream.Stream.of(contact.role(), contact.account())
                    .filter(java.util.Objects::nonNull).toList())));
        }
        if (contact.facts().isEmpty()) {
            text.append("\n").append(turn.text("dialogs.person.noFacts"));
        }
        new java.util.TreeMap<>(contact.facts()).forEach((fact, value) -> text.append("\n• ")
                .append(turn.text("contacts.fact." + fact.key())).append(": ").append(Html.escape(value)));
        for (CardSection section : sections) {
            section.section(turn, contact).ifPresent(s -> text.append("\n\n").append(s.text()));
        }
        return Reply.text(text.toString());
    }
}
