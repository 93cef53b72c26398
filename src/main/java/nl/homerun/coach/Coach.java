package nl.homerun.coach;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

import nl.homerun.coach.InboundEvent.ButtonPress;
import nl.homerun.coach.InboundEvent.Text;
import nl.homerun.users.AccessPolicy;
import nl.homerun.users.Language;
import nl.homerun.users.UserAccounts;
import nl.homerun.users.UserProfile;

/**
 * The single entry of the coach for every channel: one inbound event in, the replies out. It checks access,
 * finds the user, closes a conversation that waited too long, and routes commands, button presses and text to
 * the {@link ChatFeature} they belong to. It never throws: a failure becomes an apology in the user's language.
 */
@Service
@EnableConfigurationProperties(CoachProperties.class)
public class Coach {

    private static final Logger log = LoggerFactory.getLogger(Coach.class);

    private final AccessPolicy access;
    private final UserAccounts accounts;
    private final ConversationStore conversations;
    private final Messages messages;
    private final CoachProperties properties;
    private final ObjectProvider<FreeTextHandler> freeText;
    private final ObjectProvider<ContactCardHandler> contactCards;
    private final ObjectProvider<DocumentHandler> documents;
    private final Map<String, ChatFeature> featuresByName = new LinkedHashMap<>();
    private final Map<String, ChatFeature> featuresByCommand = new LinkedHashMap<>();
    private final List<CommandSpec> commands = new ArrayList<>();

    Coach(AccessPolicy access, UserAccounts accounts, ConversationStore conversations, Messages messages,
            CoachProperties properties, List<ChatFeature> features, ObjectProvider<FreeTextHandler> freeText,
            ObjectProvider<ContactCardHandler> contactCards, ObjectProvider<DocumentHandler> documents) {
        this.access = access;
        this.accounts = accounts;
        this.conversations = conversations;
        this.messages = messages;
        this.properties = properties;
        this.freeText = freeText;
        this.contactCards = contactCards;
        this.documents = documents;
        for (ChatFeature feature : features) {
            register(feature);
        }
    }

    private void register(ChatFeature feature) {
        if (featuresByName.putIfAbsent(feature.name(), feature) != null) {
            throw new IllegalStateException("Two features are named " + feature.name());
        }
        for (CommandSpec spec : feature.commands()) {
            commands.add(spec);
            for (String name : spec.names()) {
                if (featuresByCommand.putIfAbsent(name, feature) != null) {
                    throw new IllegalStateException("Two features answer /" + name);
                }
            }
        }
    }

    /** Whether this user may use the bot at all; channels ask before they store anything of theirs. */
    public boolean admits(long userId) {
        return access.allows(userId);
    }

    public List<Reply> handle(InboundEvent event) {
        Language appLanguage = Language.fromCode(event.languageCode());
        if (!access.allows(event.userId())) {
            return List.of(Reply.text(messages.get(appLanguage, "coach.refused")));
        }
        if (!event.isPrivateChat()) {
            return List.of(Reply.text(messages.get(appLanguage, "coach.privateOnly")));
        }
        UserProfile user = accounts.visit(event.userId(), event.languageCode());
        Turn turn = new Turn(user, event, messages);
        try {
            List<Reply> replies = new ArrayList<>();
            ConversationStore.Read read = conversations.read(user.id());
            String message = event.payload() instanceof Text text ? text.messageRef() : null;
            if (read.took(message)) { // handled again after a crash: taken once, and where it stands is shown
                replies.add(turn.say("coach.message.taken"));
                read.active().flatMap(c -> Optional.ofNullable(featuresByName.get(c.feature()))
                        .flatMap(owner -> owner.resumeOffer(turn, c))).ifPresent(replies::add);
                return replies;
            }
            Optional<Conversation> conversation = read.active().map(c -> c.answering(message));
            if (conversation.isPresent() && hasExpired(conversation.get())) {
                leave(turn, conversation.get());
                conversation = Optional.empty();
                replies.add(turn.say("coach.conversation.expired"));
            }
            replies.addAll(route(turn, conversation));
            return placed(replies, turn.event());
        } catch (RuntimeException e) {
            log.error("Answering a {} failed", event.payload().getClass().getSimpleName(), Redacted.of(e));
            return List.of(turn.say("coach.error"));
        }
    }

    /**
     * Names the message a reply changes in place: the one whose button was pressed. Where the channel did not name
     * it, a reply worth seeing anyway becomes a new message and a mere mark (an answered question) is dropped.
     */
    static List<Reply> placed(List<Reply> replies, InboundEvent event) {
        String pressed = event.payload() instanceof ButtonPress press ? press.messageRef() : null;
        List<Reply> placed = new ArrayList<>();
        for (Reply reply : replies) {
            if (!reply.isEdit() || reply.edit().messageRef() != null) {
                placed.add(reply);
            } else if (pressed != null) {
                placed.add(reply.editing(pressed));
            } else if (reply.edit().orNew()) {
                placed.add(reply.asNewMessage());
            }
        }
        return placed;
    }

    /** The command menu in a language, in the order features list their commands. */
    public List<MenuEntry> menu(Language language) {
        return commands.stream()
                .map(spec -> new MenuEntry(spec.name(language), spec.description(language, messages)))
                .toList();
    }

    private boolean hasExpired(Conversation conversation) {
        ChatFeature owner = featuresByName.get(conversation.feature());
        java.time.Instant closes = owner == null ? conversation.updatedAt().plus(properties.conversationTimeout())
                : owner.closesAt(conversation, properties.conversationTimeout());
        return closes.isBefore(conversations.now());
    }

    private List<Reply> route(Turn turn, Optional<Conversation> conversation) {
        InboundEvent.Payload payload = turn.event().payload();
        if (payload instanceof Text text) {
            return onText(turn, conversation, text.text().strip());
        }
        if (payload instanceof InboundEvent.EditedText edited) {
            FreeTextHandler handler = freeText.getIfAvailable();
            return handler == null || edited.text().isBlank() ? List.of()
                    : handler.onEditedText(turn, edited.messageRef(), edited.text().strip());
        }
        if (payload instanceof ButtonPress press) {
            return onButton(turn, press.action());
        }
        if (payload instanceof InboundEvent.SharedContact card && contactCards.getIfAvailable() != null) {
            return contactCards.getIfAvailable().onContactCard(turn, card);
        }
        if (payload instanceof InboundEvent.DocumentUpload document && conversation.isPresent()
                && featuresByName.get(conversation.get().feature()) != null) {
            Optional<List<Reply>> taken = featuresByName.get(conversation.get().feature()).onDocument(turn, conversation.get(), document);
            if (taken.isPresent()) {
                return taken.get();
            }
        }
        if (payload instanceof InboundEvent.DocumentUpload document && documents.getIfAvailable() != null) {
            return documents.getIfAvailable().onDocument(turn, document);
        }
        return List.of(turn.say("coach.unsupported"));
    }

    private List<Reply> onText(Turn turn, Optional<Conversation> conversation, String text) {
        if (text.isEmpty()) {
            return List.of(turn.say("coach.empty"));
        }
        Optional<Command> command = Command.parse(text);
        if (command.isPresent()) {
            ChatFeature feature = featuresByCommand.get(command.get().name());
            if (feature == null) {
                return List.of(turn.say("coach.command.unknown", command.get().name()));
            }
            List<Reply> replies = new ArrayList<>(feature.onCommand(turn, command.get()));
            offerToResume(turn, conversation, feature).ifPresent(replies::add);
            return replies;
        }
        if (text.length() > properties.maxMessageLength()) {
            return List.of(turn.say("coach.tooLong", text.length(), properties.maxMessageLength()));
        }
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return List.of(turn.say("coach.noWords"));
        }
        if (conversation.isPresent()) {
            ChatFeature owner = featuresByName.get(conversation.get().feature());
            if (owner != null) {
                return owner.onText(turn, conversation.get(), text);
            }
            conversations.end(conversation.get());
        }
        FreeTextHandler handler = freeText.getIfAvailable();
        return handler == null ? List.of(turn.say("coach.fallback")) : handler.onFreeText(turn, text);
    }

    /** After a command to another feature, the conversation it interrupted is offered again, if it is still on. */
    private Optional<Reply> offerToResume(Turn turn, Optional<Conversation> before, ChatFeature answered) {
        if (before.isEmpty() || before.get().feature().equals(answered.name())) {
            return Optional.empty();
        }
        Optional<Conversation> now = conversations.active(turn.userId());
        ChatFeature owner = featuresByName.get(before.get().feature());
        if (now.isEmpty() || now.get().version() != before.get().version() || owner == null) {
            return Optional.empty();
        }
        // the command may have changed the user's language
        return owner.resumeOffer(turn.withUser(accounts.find(turn.userId()).orElse(turn.user())), now.get());
    }

    /** Ends a conversation, letting its feature keep what it needs first. */
    void leave(Turn turn, Conversation conversation) {
        ChatFeature owner = featuresByName.get(conversation.feature());
        if (owner != null) {
            owner.onLeave(turn, conversation);
        }
        conversations.end(conversation);
    }

    private List<Reply> onButton(Turn turn, String action) {
        int colon = action.indexOf(':');
        ChatFeature feature = colon < 1 ? null : featuresByName.get(action.substring(0, colon));
        return feature == null ? List.of(turn.say("coach.button.stale")) : feature.onButton(turn, action.substring(colon + 1));
    }
}
