package nl.homerun.understanding;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nl.homerun.contacts.Contact;
import nl.homerun.understanding.Words.Word;

/**
 * The names of the accounts in an address book, to blank them out of a note before reading it for personal facts:
 * the words of "Van Dijk &amp; Zonen" or "Golfbaan De Hoge Dijk" are no family or hobby.
 */
final class AccountNames {

    private final Pattern names;

    AccountNames(List<Contact> addressBook) {
        Set<String> phrases = new LinkedHashSet<>();
        for (Contact contact : addressBook) {
            if (contact.account() == null) {
                continue;
            }
            List<Word> typed = Words.of(contact.account());
            List<String> words = typed.stream().map(w -> Pattern.quote(w.typed().toLowerCase(Locale.ROOT))).toList();
            String key = AccountName.keyOf(contact.account());
            // from its first word, and from each word up to the one that names it: "De Lange & Visser" of
            // "Advocatenkantoor De Lange & Visser", as a note writes it
            for (int from = 0; from < words.size(); from++) {
                for (int k = from + 2; k <= words.size(); k++) {
                    phrases.add(String.join("\\W+", words.subList(from, k)));
                }
                if (typed.get(from).folded().replace(".", "").equals(key)) {
                    break;
                }
            }
        }
        String alternatives = phrases.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .collect(Collectors.joining("|"));
        names = Pattern.compile(alternatives.isEmpty() ? "(?!)" : "\\b(" + alternatives + ")\\b");
    }

    /** The note with every account name (of two words or more) blanked, the same length so places stay the same. */
    String blankedIn(String note) {
        String lower = note.toLowerCase(Locale.ROOT);
        if (lower.length() != note.length()) {
            return note;
        }
        StringBuilder blanked = new StringBuilder(note);
        Matcher m = names.matcher(lower);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                blanked.setCharAt(i, ' ');
            }
        }
        return blanked.toString();
    }
}
