package nl.homerun.accounts;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import nl.homerun.coach.Button;
import nl.homerun.coach.Reply;
import nl.homerun.coach.Turn;
import nl.homerun.contacts.Contact.Tier;
import nl.homerun.notes.NoteHistory;

/**
 * {@code /portfolio}: how the accounts are spread over A, B and C, where the notes of the last three months went, and
 * the method's word on focus where it is needed: too many A accounts to give them real attention, attention going
 * mostly to C accounts (investing in C is throwing money away), A accounts nobody wrote about, every account in one
 * tier ("iedere klant is ons even lief"), and accounts still without a tier.
 */
@Component
class Portfolio {

    /** How far back the attention is counted. */
    static final Duration ATTENTION_PERIOD = Duration.ofDays(91);
    /** More A accounts than this is too many for one account manager, whatever the share. */
    static final int MOST_A = 10;
    /** Up to this many A accounts is never too many. */
    static final int FEW_A = 3;
    /** Notes about tiered accounts needed before their spread is worth a word. */
    static final int NOTES_TO_JUDGE = 4;
    private static final int BAR = 10;
    private static final int LISTED = 6;

    private final Accounts accounts;
    private final NoteHistory notes;
    private final Clock clock;

    Portfolio(Accounts accounts, NoteHistory notes, Clock clock) {
        this.accounts = accounts;
        this.notes = notes;
        this.clock = clock;
    }

    /** Whether this many A accounts out of this many with a tier is more than can get real attention. */
    static boolean tooManyA(int a, int tiered) {
        return a > FEW_A && (a * 4 > tiered || a > MOST_A);
    }

    Reply of(Turn turn) {
        long owner = turn.userId();
        List<Account> all = accounts.all(owner);
        if (all.isEmpty()) {
            return turn.say("accounts.none");
        }
        Map<Tier, List<Account>> byTier = new EnumMap<>(Tier.class);
        for (Tier tier : Tier.values()) {
            byTier.put(tier, all.stream().filter(a -> a.tier() == tier).toList());
        }
        List<Account> untiered = all.stream().filter(a -> a.tier() == null).toList();
        int tiered = all.size() - untiered.size();

        StringBuilder text = new StringBuilder(turn.text("accounts.portfolio.title", all.size()));
        for (Tier tier : Tier.values()) {
            int n = byTier.get(tier).size();
            text.append("\n<code>").append(tier.name()).append(' ').append(bar(n, all.size())).append("</code> ")
                    .append(turn.text("accounts.portfolio.count", n, percent(n, all.size())));
        }
        if (!untiered.isEmpty()) {
            text.append("\n<code>? ").append(bar(untiered.size(), all.size())).append("</code> ")
                    .append(turn.text("accounts.portfolio.untiered", untiered.size()));
        }

        Map<Tier, Integer> attention = attention(owner);
        int notesToTiers = attention.values().stream().mapToInt(Integer::intValue).sum();
        text.append("\n\n").append(notesToTiers == 0 ? turn.text("accounts.portfolio.attention.none")
                : turn.text("accounts.portfolio.attention", notesToTiers, attention.get(Tier.A), attention.get(Tier.B),
                        attention.get(Tier.C)));

        List<String> advice = new ArrayList<>();
        int a = byTier.get(Tier.A).size();
        if (tiered == 0) {
            advice.add(turn.text("accounts.portfolio.noTiers"));
        } else if (tooManyA(a, tiered)) {
            advice.add(turn.text("accounts.portfolio.tooManyA", a, percent(a, tiered)));
        } else if (tiered >= 3 && byTier.values().stream().anyMatch(list -> list.size() == tiered)) {
            advice.add(turn.text("accounts.portfolio.allSame", tiered, all.stream().filter(x -> x.tier() != null)
                    .findFirst().orElseThrow().tier().name()));
        }
        if (notesToTiers >= NOTES_TO_JUDGE && attention.get(Tier.C) * 2 > notesToTiers) {
            advice.add(turn.text("accounts.portfolio.mostlyC", attention.get(Tier.C), notesToTiers));
        }
        List<Account> forgotten = forgottenA(owner, byTier.get(Tier.A));
        if (!forgotten.isEmpty()) {
            advice.add(turn.text("accounts.portfolio.forgottenA", names(forgotten)));
        }
        if (!untiered.isEmpty() && tiered > 0) {
            advice.add(turn.text("accounts.portfolio.scoreThem", names(untiered)));
        }
        if (advice.isEmpty()) {
            advice.add(turn.text("accounts.portfolio.focused"));
        }
        text.append("\n\n").append(String.join("\n\n", advice));

        List<List<Button>> rows = new ArrayList<>();
        List<Button> row = new ArrayList<>();
        for (Account account : untiered.subList(0, Math.min(LISTED, untiered.size()))) {
            row.add(new AccountAction.Value(account.id()).button("⚖️ " + account.name()));
            if (row.size() == 2) {
                rows.add(row);
                row = new ArrayList<>();
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return Reply.withButtons(text.toString(), rows);
    }

    /** Per tier, how many notes of the last three months were about someone at an account of that tier. */
    private Map<Tier, Integer> attention(long owner) {
        Map<String, Account> byContact = accounts.byContact(owner);
        Map<Tier, Integer> counts = new EnumMap<>(Tier.class);
        for (Tier tier : Tier.values()) {
            counts.put(tier, 0);
        }
        for (NoteHistory.Attention note : notes.since(owner, clock.instant().minus(ATTENTION_PERIOD))) {
            Set<Tier> tiers = new HashSet<>();
            note.contactIds().stream().map(byContact::get).filter(a -> a != null && a.tier() != null)
                    .forEach(a -> tiers.add(a.tier()));
            tiers.forEach(tier -> counts.merge(tier, 1, Integer::sum));
        }
        return counts;
    }

    /** The A accounts none of whose people a note of the last three months was about. */
    private List<Account> forgottenA(long owner, List<Account> aAccounts) {
        if (aAccounts.isEmpty()) {
            return List.of();
        }
        Map<String, Account> byContact = accounts.byContact(owner);
        Set<String> seen = new HashSet<>();
        notes.since(owner, clock.instant().minus(ATTENTION_PERIOD)).forEach(note -> note.contactIds().stream()
                .map(byContact::get).filter(a -> a != null).forEach(a -> seen.add(a.id())));
        return aAccounts.stream().filter(a -> !seen.contains(a.id())).toList();
    }

    /** The names, plain: the message escapes them. */
    private static String names(List<Account> list) {
        String names = list.stream().limit(LISTED).map(Account::name).collect(Collectors.joining(", "));
        return list.size() > LISTED ? names + ", …" : names;
    }

    private static int percent(int n, int of) {
        return of == 0 ? 0 : Math.round(100f * n / of);
    }

    private static String bar(int n, int of) {
        int filled = of == 0 ? 0 : Math.round((float) BAR * n / of);
        return "█".repeat(filled) + "░".repeat(BAR - filled);
    }
}
