package nl.homerun.contacts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.homerun.coach.Button;
import nl.homerun.coach.Conversation;
import nl.homerun.coach.ConversationStore;
import nl.homerun.coach.Reply;
import nl.homerun.coach.Turn;
import nl.homerun.dates.Dates;
import nl.homerun.dates.TypedDate;

/**
 * The two short conversations that change a contact: editing a field from the card (a new value typed, "wis"
 * clears it), and recording a fact another feature offered (which contact, then the fact).
 */
@Component
class ContactEditing {

    static final List<String> FIELDS = List.of("name", "account", "role", "phone", "email");
    /**
     * What ✏️ on the card offers to change: the plain fields, the birthday, then every {@link Contact.Fact}, so a
     * fact that can be recorded can always be edited too.
     */
    static final List<String> EDITABLE = java.util.stream.Stream.of(FIELDS.stream(), java.util.stream.Stream.of(ContactFacts.BIRTHDAY),
            java.util.Arrays.stream(Contact.Fact.values()).map(Contact.Fact::key)).flatMap(s -> s).toList();

    /** In an editing conversation: the message of the card it was started from, changed once the value is typed. */
    private static final String CARD = "card";

    private final Contacts contacts;
    private final ContactCard card;
    private final ConversationStore conversations;

    ContactEditing(Contacts contacts, ConversationStore conversations, ContactCard card) {
        this.card = card;
        this.contacts = contacts;
        this.conversations = conversations;
    }

    /** The contact a fact is for, found by name; several matches become buttons. */
    List<Reply> factFor(Turn turn, Conversation conversation, String name) {
        List<Contact> found = contacts.search(turn.userId(), name);
        if (found.isEmpty()) {
            return List.of(turn.say("contacts.record.unknown", name));
        }
        if (found.size() > 1) {
            List<List<Button>> rows = new ArrayList<>();
            for (Contact c : found.subList(0, Math.min(8, found.size()))) {
                rows.add(List.of(new ContactAction.FactFor(c.id()).button(c.name() + (c.account() == null ? "" : " — " + c.account()))));
            }
            return List.of(Reply.withButtons(turn.text("contacts.which"), rows));
        }
        return askFactValue(turn, conversation, found.get(0));
    }

    List<Reply> askFactValue(Turn turn, Conversation conversation, Contact contact) {
        Map<String, Object> state = new HashMap<>(conversation.state());
        state.put("contact", contact.id());
        String fact = (String) state.get("fact");
        String question = question(turn, contact, fact) + (fact.equals(ContactFacts.BIRTHDAY)
                ? " " + turn.text("contacts.edit.dateHint", Dates.birthdayExamples(turn.language())) : "");
        return conversations.advance(conversation, "fact-value", state).map(next -> List.of(Reply.text(question)))
                .orElseGet(() -> List.of(turn.say("coach.button.stale")));
    }

    List<Reply> recordFact(Turn turn, Conversation conversation, String value) {
        String fact = (String) conversation.state().get("fact");
        String id = (String) conversation.state().get("contact");
        boolean saved;
        if (fact.equals(ContactFacts.BIRTHDAY)) {
            Optional<TypedDate> birthday = Dates.readBirthday(value);
            if (birthday.isEmpty()) {
                return List.of(turn.say("contacts.birthday.unreadable", Dates.birthdayExamples(turn.language())));
            }
            saved = contacts.setBirthday(turn.userId(), id, birthday.get());
        } else {
            saved = contacts.setFact(turn.userId(), id, Contact.Fact.of(fact).orElseThrow(), value.strip());
        }
        if (!saved || !conversations.end(conversation)) {
            return List.of(turn.say("coach.button.stale"));
        }
        return List.of(turn.say("contacts.record.done"), card.of(turn, contacts.find(turn.userId(), id).orElseThrow()));
    }


    /** A typed new value for the field being edited; "wis" or "clear" empties it. */
    List<Reply> edit(Turn turn, Conversation conversation, String value) {
        String id = (String) conversation.state().get("contact");
        String field = (String) conversation.state().get("field");
        String typed = List.of("wis", "wissen", "leeg", "geen", "clear", "none").contains(value.strip().toLowerCase(java.util.Locale.ROOT))
                ? "" : value.strip();
        boolean saved;
        if (field.equals("birthday")) {
            Optional<TypedDate> birthday = typed.isEmpty() ? Optional.empty() : Dates.readBirthday(typed);
            if (!typed.isEmpty() && birthday.isEmpty()) {
                return List.of(turn.say("contacts.birthday.unreadable", Dates.birthdayExamples(turn.language())));
            }
            saved = birthday.map(b -> contacts.setBirthday(turn.userId(), id, b)).orElseGet(() -> contacts.clearBirthday(turn.userId(), id));
        } else if (FIELDS.contains(field)) {
            if (field.equals("name") && typed.isEmpty()) {
                return List.of(turn.say("contacts.ask.name"));
            }
            saved = contacts.setField(turn.userId(), id, field, typed);
        } else {
            saved = contacts.setFact(turn.userId(), id, Contact.Fact.of(field).orElseThrow(), typed);
        }
        if (!saved || !conversations.end(conversation)) {
            return List.of(turn.say("coach.button.stale"));
        }
        return List.of(turn.say("contacts.edit.done"),
                card.of(turn, contacts.find(turn.userId(), id).orElseThrow()).inPlaceOf((String) conversation.state().get(CARD)));
    }


    /** Which field to change, shown on the card in place of its buttons, with a way back. */
    Reply editMenu(Turn turn, String id) {
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < EDITABLE.size(); i += 3) {
            rows.add(EDITABLE.subList(i, Math.min(EDITABLE.size(), i + 3)).stream()
                    .map(field -> new ContactAction.EditField(id, field).button(turn.text("contacts.field." + field))).toList());
        }
        rows.add(List.of(new ContactAction.Show(id).button(turn.text("contacts.back"))));
        return Reply.withButtons(turn.text("contacts.edit.which"), rows);
    }

    /**
     * Asks for the field's new value. The menu it was chosen from turns back into the card, which is changed in place
     * once the value is typed (the card's message is kept in the conversation for that).
     */
    List<Reply> startEditing(Turn turn, Contact contact, String field) {
        Map<String, Object> state = new HashMap<>(Map.of("contact", contact.id(), "field", field));
        if (turn.pressedMessage() != null) {
            state.put(CARD, turn.pressedMessage());
        }
        conversations.start(turn.userId(), ContactCommands.NAME, "edit", state);
        String dates = field.equals(ContactFacts.BIRTHDAY) ? " " + turn.text("contacts.edit.dateHint", Dates.birthdayExamples(turn.language())) : "";
        String clear = field.equals("name") ? "" : " " + turn.text("contacts.edit.clear");
        return List.of(card.of(turn, contact).markInPlace(), Reply.text(question(turn, contact, field) + dates + clear));
    }

    List<Reply> startRecording(Turn turn, String fact) {
        conversations.start(turn.userId(), ContactCommands.NAME, "fact-who", Map.of("fact", fact));
        return List.of(turn.say("contacts.record.who." + fact));
    }

    /**
     * The question for one field or fact, asked in words of its own ("In welke auto rijdt Emma?") rather than a noun
     * put into a template, with what is known now when there is something.
     */
    private static String question(Turn turn, Contact contact, String field) {
        String question = turn.text("contacts.edit.ask." + field, contact.name());
        String now = current(turn, contact, field);
        return now == null || now.isBlank() ? question : question + " " + turn.text("contacts.edit.now", now);
    }

    private static String current(Turn turn, Contact contact, String field) {
        return switch (field) {
            case "name" -> null;
            case "account" -> contact.account();
            case "role" -> contact.role();
            case "phone" -> contact.phone();
            case "email" -> contact.email();
            case ContactFacts.BIRTHDAY -> contact.birthday() == null ? null : ContactCard.birthday(contact, turn.language());
            default -> contact.facts().get(Contact.Fact.of(field).orElseThrow());
        };
    }
}
