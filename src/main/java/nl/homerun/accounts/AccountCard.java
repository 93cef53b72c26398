package nl.homerun.accounts;

import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import nl.homerun.coach.Button;
import nl.homerun.coach.Html;
import nl.homerun.coach.Reply;
import nl.homerun.coach.Turn;
import nl.homerun.contacts.Contact;
import nl.homerun.contacts.Contact.Tier;

/**
 * An account as shown in the chat: its tier and why, its people, its value scores, and what other parts add
 * ({@link AccountSection}: revenue and goal, the plan), with buttons to score its value or set its tier.
 */
@Component
class AccountCard {

    private static final int PEOPLE_LISTED = 12;

    private final Accounts accounts;
    private final ObjectProvider<AccountSection> sections;

    AccountCard(Accounts accounts, ObjectProvider<AccountSection> sections) {
        this.accounts = accounts;
        this.sections = sections;
    }

    Reply of(Turn turn, Account account) {
        StringBuilder text = new StringBuilder("🏢 <b>").append(Html.escape(account.name())).append("</b>");
        text.append(" · ").append(account.tier() == null ? turn.text("accounts.tier.none") : turn.text("accounts.tier", account.tier().name()));
        text.append("\n💡 ").append(why(turn, account));
        List<Contact> people = accounts.contactsOf(turn.userId(), account);
        text.append("\n👥 ").append(people.isEmpty() ? turn.text("accounts.people.none")
                : turn.text("accounts.people", people.size(), people.stream().limit(PEOPLE_LISTED).map(AccountCard::person)
                        .collect(Collectors.joining(", ")) + (people.size() > PEOPLE_LISTED ? ", …" : "")));
        text.append("\n").append(value(turn, account));
        List<List<Button>> rows = new ArrayList<>();
        sections.orderedStream().map(s -> s.section(turn, account)).flatMap(java.util.Optional::stream).forEach(section -> {
            text.append("\n\n").append(section.text());
            if (!section.buttons().isEmpty()) {
                rows.add(section.buttons());
            }
        });
        accounts.nearDuplicates(turn.userId()).stream()
                .filter(pair -> pair.one().id().equals(account.id()) || pair.other().id().equals(account.id())).findFirst()
                .ifPresent(pair -> {
                    Account other = pair.one().id().equals(account.id()) ? pair.other() : pair.one();
                    rows.add(List.of(new AccountAction.AskMerge(account.id(), other.id())
                            .button(turn.text("accounts.merge.ask.button", other.name()))));
                });
        rows.add(List.of(new AccountAction.Value(account.id()).button(turn.text(account.value().isEmpty()
                ? "accounts.value.button" : "accounts.value.again"))));
        List<Button> tiers = new ArrayList<>();
        for (Tier tier : Tier.values()) {
            tiers.add(new AccountAction.SetTier(account.id(), tier).button((tier == account.tier() ? "✓ " : "") + tier.name()));
        }
        rows.add(tiers);
        return Reply.withButtons(text.toString(), rows);
    }

    /** "Jan de Vries (inkoper)", plain: the message escapes it. */
    private static String person(Contact c) {
        return c.name() + (c.role() == null ? "" : " (" + c.role() + ")");
    }

    /** Why the account has its tier, or how it gets one. */
    static String why(Turn turn, Account account) {
        if (account.tier() == null) {
            return turn.text("accounts.why.none", account.name());
        }
        return switch (account.tierReason() == null ? TierReason.BY_HAND : account.tierReason()) {
            case BY_VALUE -> turn.text("accounts.why.value", groups(turn, account.value()));
            case OVERRULED -> account.value().proposedTier().map(proposed -> turn.text("accounts.why.overruled",
                    proposed.name(), groups(turn, account.value()))).orElseGet(() -> turn.text("accounts.why.hand", account.name()));
            case FROM_CONTACTS -> turn.text("accounts.why.contacts", account.name());
            case BY_HAND -> turn.text("accounts.why.hand", account.name());
            case NEW_BUSINESS -> turn.text("accounts.why.newBusiness", account.name());
        };
    }

    /** "zakelijk 4,3 · inhoudelijk 3,5 · strategisch 4,0 (gemiddeld 3,9)". */
    static String groups(Turn turn, ValueScores value) {
        String groups = java.util.Arrays.stream(ValueGroup.values()).map(group -> {
            OptionalDouble average = value.average(group);
            String name = turn.text("accounts.group." + group.key() + ".short");
            return average.isPresent() ? turn.text("accounts.value.group", name, average.getAsDouble())
                    : turn.text("accounts.value.group.none", name);
        }).collect(Collectors.joining(" · "));
        OptionalDouble overall = value.overall();
        return overall.isPresent() ? turn.text("accounts.value.groups", groups, overall.getAsDouble()) : groups;
    }

    /** The value scores per group and criterion, or that they are still to be given. */
    private static String value(Turn turn, Account account) {
        ValueScores value = account.value();
        if (value.isEmpty()) {
            return "📊 " + turn.text("accounts.value.none", account.name());
        }
        StringBuilder text = new StringBuilder("📊 ").append(value.scoredAt() == null ? turn.text("accounts.value.title")
                : turn.text("accounts.value.title.on", turn.language().format(
                        value.scoredAt().atZone(turn.user().timeZone()).toLocalDate(), FormatStyle.MEDIUM)));
        for (ValueGroup group : ValueGroup.values()) {
            List<String> scores = Criterion.of(group).stream().filter(c -> value.score(c).isPresent())
                    .map(c -> turn.text("accounts.criterion." + c.key() + ".short") + " " + value.score(c).get()).toList();
            OptionalDouble average = value.average(group);
            String name = turn.text("accounts.group." + group.key());
            text.append("\n• ").append(average.isPresent() ? turn.text("accounts.value.group", name, average.getAsDouble())
                    : turn.text("accounts.value.group.none", name));
            if (!scores.isEmpty()) {
                text.append(" — ").append(String.join(" · ", scores));
            }
        }
        return text.toString();
    }
}
