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
    static final String NAME = "ct";
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
            rows.add(List.of(new Button(c.name() + (c.account() == null ? "" : " — " + c.account()), "ct:show:" + c.id())));
        }
        String name = typed.replace(':', ' ');
        while (("ct:new:" + name).getBytes(java.nio.charset.StandardCharsets.UTF_8).length > Button.MAX_ACTION_BYTES) {
            name = name.substring(0, name.length() - 1);
        }
        rows.add(List.of(new Button("➕ " + turn.text("contacts.which.new", name), "ct:new:" + name)));
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
        return List.of(List.of(new Button(turn.text("contacts.skip"), "ct:skip:" + version)));
    }

    @Override
    public List<Reply> onButton(Turn turn, String action) {
        String[] parts = action.split(":");
        String id = parts.length > 1 ? parts[1] : "";
        String argument = parts.length > 2 ? parts[2] : "";
        long user = turn.userId();
        Optional<List<Reply>> reply = switch (parts[0]) {
            case "skip" -> Optional.of(skipStep(turn, id));
            case "show" -> card(turn, id);
            case "new" -> addTyped(turn, id);
            case "tier" -> argument.matches("[ABC]") && contacts.setTier(user, id, Contact.Tier.valueOf(argument))
                    ? card(turn, id) : Optional.empty();
            case "every" -> argument.matches("0|30|91") && contacts.setEvery(user, id, Integer.valueOf(argument))
                    ? card(turn, id) : Optional.empty();
            case "top5", "top20" -> contacts.find(user, id).filter(c -> contacts.setTop(user, id, parts[0].equals("top5"),
                    parts[0].equals("top5") ? !c.top5() : !c.top20())).flatMap(c -> card(turn, id));
            case "edit" -> contacts.find(user, id).map(c -> List.of(editing.editMenu(turn, id)));
            case "field" -> ContactEditing.EDITABLE.contains(argument)
                    ? contacts.find(user, id).map(c -> editing.startEditing(turn, c, argument)) : Optional.empty();
            case "del" -> contacts.find(user, id).map(c -> List.of(confirmDelete(turn, c)));
            case "rm" -> contacts.delete(user, id) ? Optional.of(List.of(turn.say("contacts.deleted"))) : Optional.empty();
            case "fact" -> ContactFacts.isRecordable(id) ? Optional.of(editing.startRecording(turn, id)) : Optional.empty();
            case "for" -> conversations.active(user).filter(c -> c.feature().equals(name()) && c.step().equals("fact-who"))
                    .flatMap(recording -> contacts.find(user, id).map(c -> editing.askFactValue(turn, recording, c)));
            default -> Optional.empty();
        };
        return reply.orElseGet(() -> List.of(turn.say("coach.button.stale")));
    }

    private Optional<List<Reply>> card(Turn turn, String id) {
        return contacts.find(turn.userId(), id).map(c -> List.of(card.of(turn, c)));
    }

    private static Reply confirmDelete(Turn turn, Contact contact) {
        return Reply.withButtons(turn.text("contacts.delete.confirm", contact.name()), List.of(List.of(
                new Button(turn.text("contacts.delete.yes"), "ct:rm:" + contact.id()),
                new Button(turn.text("contacts.delete.no"), "ct:show:" + contact.id()))));
    }

    /** "Skip" in the add conversation: no company, or no birthday. */
    private List<Reply> skipStep(Turn turn, String version) {
        Optional<Conversation> conversation = conversations.active(turn.userId())
                .filter(c -> c.feature().equals(name()) && String.valueOf(c.version()).equals(version));
        if (conversation.isEmpty()) {
            return List.of(turn.say("coach.button.stale"));
        }
        Map<String, Object> state = new HashMap<>(conversation.get().state());
        return conversation.get().step().equals("account") ? askBirthday(turn, conversation.get(), state)
                : save(turn, conversation.get(), state, null);
    }
}
