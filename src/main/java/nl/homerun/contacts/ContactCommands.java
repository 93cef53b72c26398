package nl.homerun.contacts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.homerun.coach.Button;
import nl.homerun.coach.ChatFeature;
import nl.homerun.coach.Command;
import nl.homerun.coach.CommandSpec;
import nl.homerun.coach.Conversation;
import nl.homerun.coach.ConversationStore;
import nl.homerun.coach.Html;
import nl.homerun.coach.Reply;
import nl.homerun.coach.Turn;
import nl.homerun.dates.Dates;
import nl.homerun.dates.TypedDate;

/**
 * {@code /contact [name]} finds a contact (forgiving typos) or adds one in a short conversation (name, company,
 * birthday); {@code /contacten} lists them, {@code /achterstand} those due for contact. A card's buttons set the
 * tier, Top-5, Top-20 and rhythm, open editing ({@link ContactEditing}), or delete it.
 */
@Component
class ContactCommands implements ChatFeature {

    /** The feature's name: the prefix of its buttons and the owner of its conversations. */
    static final String NAME = ContactAction.FEATURE;
    private static final int LISTED = 50;

    private final Contacts contacts;
    private final ContactCard card;
    private final ConversationStore conversations;
    private final ContactEditing editing;
    private final java.time.Clock clock;

    ContactCommands(Contacts contacts, ConversationStore conversations, ContactEditing editing, ContactCard card,
            java.time.Clock clock) {
        this.card = card;
        this.contacts = contacts;
        this.conversations = conversations;
        this.editing = editing;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(new CommandSpec("contact", "contact", "contacts.description"),
                new CommandSpec("contacten", "contacts", "contacts.list.description"),
                new CommandSpec("achterstand", "overdue", "contacts.overdue.description"));
    }

    @Override
    public List<Reply> onCommand(Turn turn, Command command) {
        if (command.name().equals("contacten") || command.name().equals("contacts")) {
            return List.of(list(turn));
        }
        if (command.name().equals("achterstand") || command.name().equals("overdue")) {
            return List.of(overdue(turn));
        }
        if (!command.hasArguments()) {
            conversations.start(turn.userId(), name(), "name", Map.of());
            return List.of(turn.say("contacts.ask.name"));
        }
        List<Contact> found = contacts.search(turn.userId(), command.arguments());
        if (found.size() == 1) {
            return List.of(card.of(turn, found.get(0)));
        }
        String[] nameAndAccount = command.arguments().split(",", 2);
        if (found.isEmpty() && nameAndAccount.length == 2 && !nameAndAccount[0].isBlank() && !nameAndAccount[1].isBlank()) {
            return newWithAccount(turn, nameAndAccount[0].strip(), nameAndAccount[1].strip());
        }
        if (found.isEmpty()) {
            return askAccount(turn, null, command.arguments().strip(), turn.text("contacts.new", command.arguments().strip()));
        }
        return List.of(choose(turn, found, command.arguments().strip()));
    }

    private Reply list(Turn turn) {
        List<Contact> all = contacts.all(turn.userId());
        if (all.isEmpty()) {
            return turn.say("contacts.none");
        }
        StringBuilder text = new StringBuilder(turn.text("contacts.list", all.size()));
        for (Contact c : all.subList(0, Math.min(LISTED, all.size()))) {
            text.append("\n• ").append(Html.escape(c.name()));
            if (c.account() != null) {
                text.append(" — ").append(Html.escape(c.account()));
            }
            if (c.tier() != null) {
                text.append(" [").append(c.tier().name()).append(']');
            }
            if (c.birthday() != null) {
                text.append(" 🎂 ").append(ContactCard.birthday(c, turn.language()));
            }
        }
        return Reply.text(text.toString());
    }

    private Reply overdue(Turn turn) {
        java.time.ZoneId zone = turn.user().timeZone();
        java.time.LocalDate today = turn.user().today(clock);
        List<Contact> late = contacts.overdue(turn.userId(), today, zone);
        if (late.isEmpty()) {
            return turn.say("contacts.overdue.none");
        }
        StringBuilder text = new StringBuilder(turn.text("contacts.overdue", late.size()));
        for (Contact c : late.subList(0, Math.min(LISTED, late.size()))) {
            text.append("\n• ").append(Html.escape(c.name()));
            if (c.tier() != null) {
                text.append(" [").append(c.tier().name()).append(']');
            }
            text.append(" — ").append(turn.text("contacts.overdue.days", c.daysOverdue(today, zone), turn.language().format(c.lastTouched(zone), java.time.format.FormatStyle.MEDIUM)));
        }
        return Reply.text(text.toString());
    }

    /** Which of the contacts the typed name fits, or a new contact of that name (carried by the button). */
    private static Reply choose(Turn turn, List<Contact> found, String typed) {
        List<List<Button>> rows = new ArrayList<>();
        for (Contact c : found.subList(0, Math.min(8, found.size()))) {
            rows.add(List.of(new ContactAction.Show(c.id()).button(c.name() + (c.account() == null ? "" : " — " + c.account()))));
        }
        ContactAction.AddNamed named = ContactAction.AddNamed.fitting(typed);
        rows.add(List.of(named.button("➕ " + turn.text("contacts.which.new", named.name()))));
        return Reply.withButtons(turn.text("contacts.which"), rows);
    }

    /** "New contact" under "which one do you mean?": add one with the name that was typed. */
    private Optional<List<Reply>> addTyped(Turn turn, String name) {
        return name.codePoints().filter(Character::isLetter).count() < 2 ? Optional.empty()
                : Optional.of(askAccount(turn, null, name.strip(), null));
    }

    @Override
    public List<Reply> onText(Turn turn, Conversation conversation, String text) {
        Map<String, Object> state = new HashMap<>(conversation.state());
        return switch (conversation.step()) {
            case "name" -> text.codePoints().filter(Character::isLetter).count() < 2
                    ? List.of(turn.say("contacts.ask.name"))
                    : askAccount(turn, conversation, text.strip(), null);
            case "account" -> {
                state.put("account", text.strip());
                yield askBirthday(turn, conversation, state);
            }
            case "birthday" -> {
                Optional<TypedDate> birthday = Dates.readBirthday(text);
                if (birthday.isEmpty()) {
                    yield List.of(Reply.withButtons(turn.text("contacts.birthday.unreadable", Dates.birthdayExamples(turn.language())),
                            skip(turn, conversation.version())));
                }
                yield save(turn, conversation, state, birthday.get());
            }
            case "edit" -> editing.edit(turn, conversation, text);
            case "fact-who" -> editing.factFor(turn, conversation, text);
            case "fact-value" -> editing.recordFact(turn, conversation, text);
            default -> List.of(turn.say("coach.button.stale"));
        };
    }

    private List<Reply> askAccount(Turn turn, Conversation conversation, String name, String intro) {
        Map<String, Object> state = new HashMap<>(conversation == null ? Map.of() : conversation.state());
        state.put("name", name);
        Conversation next = conversation == null ? conversations.start(turn.userId(), name(), "account", state)
                : conversations.advance(conversation, "account", state).orElse(null);
        if (next == null) {
            return List.of(turn.say("coach.button.stale"));
        }
        String ask = turn.text("contacts.ask.account", name);
        return List.of(Reply.withButtons(intro == null ? ask : intro + "\n" + ask, skip(turn, next.version())));
    }

    /** "/contact Jan Bakker, Bakkerij Van Dam": name and company typed at once; only the birthday is asked. */
    private List<Reply> newWithAccount(Turn turn, String name, String account) {
        Conversation started = conversations.start(turn.userId(), name(), "birthday", Map.of("name", name, "account", account));
        return List.of(Reply.withButtons(turn.text("contacts.new", name) + "\n"
                + turn.text("contacts.ask.birthday", Dates.birthdayExamples(turn.language())), skip(turn, started.version())));
    }

    private List<Reply> askBirthday(Turn turn, Conversation conversation, Map<String, Object> state) {
        return conversations.advance(conversation, "birthday", state)
                .map(next -> List.of(Reply.withButtons(turn.text("contacts.ask.birthday", Dates.birthdayExamples(turn.language())),
                        skip(turn, next.version()))))
                .orElseGet(() -> List.of(turn.say("coach.button.stale")));
    }

    private List<Reply> save(Turn turn, Conversation conversation, Map<String, Object> state, TypedDate birthday) {
        if (!conversations.end(conversation)) {
            return List.of(turn.say("coach.button.stale"));
        }
        Contact added = contacts.add(turn.userId(), new Contacts.Draft((String) state.get("name"), (String) state.get("account"),
                null, null, null, birthday));
        return List.of(turn.say("contacts.added", added.name()), card.of(turn, added));
    }

    private static List<List<Button>> skip(Turn turn, long version) {
        return List.of(List.of(new ContactAction.Skip(version).button(turn.text("contacts.skip"))));
    }

    @Override
    public List<Reply> onButton(Turn turn, String action) {
        return ContactAction.unpack(action).flatMap(a -> press(turn, a))
                .orElseGet(() -> List.of(turn.say("coach.button.stale")));
    }

    /**
     * What a button does; empty when it no longer applies (the contact is gone, or another user's). A button on a card
     * changes that card: it shows the new state, or the question the button asks, in place.
     */
    private Optional<List<Reply>> press(Turn turn, ContactAction action) {
        long user = turn.userId();
        if (action instanceof ContactAction.Skip skip) {
            return Optional.of(skipStep(turn, skip.version()));
        }
        if (action instanceof ContactAction.AddNamed named) {
            return addTyped(turn, named.name()).map(replies -> replies.stream().map(Reply::inPlace).toList());
        }
        if (action instanceof ContactAction.RecordFact fact) {
            return ContactFacts.isRecordable(fact.fact()) ? Optional.of(editing.startRecording(turn, fact.fact())) : Optional.empty();
        }
        if (action instanceof ContactAction.FactFor chosen) {
            return conversations.active(user).filter(c -> c.feature().equals(name()) && c.step().equals("fact-who"))
                    .flatMap(recording -> contacts.find(user, chosen.contactId())
                            .map(c -> editing.askFactValue(turn, recording, c).stream().map(Reply::inPlace).toList()));
        }
        if (action instanceof ContactAction.Show show) {
            return cardInPlace(turn, show.contactId());
        }
        if (action instanceof ContactAction.SetTier tier) {
            return contacts.setTier(user, tier.contactId(), tier.tier()) ? cardInPlace(turn, tier.contactId()) : Optional.empty();
        }
        if (action instanceof ContactAction.SetRhythm rhythm) {
            return contacts.setEvery(user, rhythm.contactId(), rhythm.days()) ? cardInPlace(turn, rhythm.contactId()) : Optional.empty();
        }
        if (action instanceof ContactAction.ToggleTop top) {
            return contacts.find(user, top.contactId()).flatMap(c -> top.top5() && !c.top5() ? Optional.of(intoTop5(turn, c))
                    : contacts.setTop(user, c.id(), top.top5(), top.top5() ? !c.top5() : !c.top20())
                            ? cardInPlace(turn, c.id()) : Optional.empty());
        }
        if (action instanceof ContactAction.SwapTop5 swap) {
            return contacts.swapTop5(user, swap.contactId(), swap.leaving()) ? cardInPlace(turn, swap.contactId())
                    : contacts.find(user, swap.contactId()).map(c -> intoTop5(turn, c)); // the Top-5 changed meanwhile
        }
        if (action instanceof ContactAction.Edit edit) {
            return contacts.find(user, edit.contactId()).map(c -> List.of(editing.editMenu(turn, c.id()).inPlace()));
        }
        if (action instanceof ContactAction.EditField field) {
            return ContactEditing.EDITABLE.contains(field.field())
                    ? contacts.find(user, field.contactId()).map(c -> editing.startEditing(turn, c, field.field())) : Optional.empty();
        }
        if (action instanceof ContactAction.Delete delete && !delete.confirmed()) {
            return contacts.find(user, delete.contactId()).map(c -> List.of(ContactCard.confirmDelete(turn, c).inPlace()));
        }
        if (action instanceof ContactAction.Delete delete) {
            return contacts.delete(user, delete.contactId())
                    ? Optional.of(List.of(Reply.text(turn.text("contacts.deleted")).inPlace())) : Optional.empty();
        }
        return Optional.empty();
    }

    /** Into the Top-5 when there is room, else the question who makes room, both in place of the card. */
    private List<Reply> intoTop5(Turn turn, Contact contact) {
        if (contact.top5() || contacts.setTop(turn.userId(), contact.id(), true, true)) {
            return cardInPlace(turn, contact.id()).orElseGet(() -> List.of(turn.say("coach.button.stale")));
        }
        return List.of(card.topFull(turn, contact, contacts.top5(turn.userId())).inPlace());
    }

    private Optional<List<Reply>> cardInPlace(Turn turn, String id) {
        return contacts.find(turn.userId(), id).map(c -> List.of(card.of(turn, c).inPlace()));
    }

    /** "Skip" in the add conversation: no company, or no birthday; the question skipped loses its button. */
    private List<Reply> skipStep(Turn turn, long version) {
        Optional<Conversation> conversation = conversations.active(turn.userId())
                .filter(c -> c.feature().equals(name()) && c.version() == version);
        if (conversation.isEmpty()) {
            return List.of(turn.say("coach.button.stale"));
        }
        Map<String, Object> state = new HashMap<>(conversation.get().state());
        List<Reply> replies = new ArrayList<>(List.of(Reply.noButtonsInPlace()));
        replies.addAll(conversation.get().step().equals("account") ? askBirthday(turn, conversation.get(), state)
                : save(turn, conversation.get(), state, null));
        return replies;
    }
}
