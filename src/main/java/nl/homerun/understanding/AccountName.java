package nl.homerun.understanding;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import nl.homerun.contacts.CompanyNames;
import nl.homerun.understanding.Words.Word;

/**
 * An account's name read once: its words, the word that names it ("Westland" of "Coöperatie Westland Fruit U.A."),
 * its initials ("fnb"), its other words, and the kinds of business it says ("bakkerij"); with the vocabulary of
 * legal forms and kinds of business that tells them apart.
 */
record AccountName(List<String> words, String key, String initials, Set<String> otherWords, Set<String> kinds) {

    /** Parts of company names that say what kind of company it is, not which (shared with the accounts). */
    static final Set<String> COMPANY_FORMS = CompanyNames.FORMS_AND_FILLERS;
    /** Words that say what a business does, which open many company names. */
    static final Set<String> BUSINESS_KINDS = Set.of("hotel", "restaurant", "cafe", "bakkerij", "brouwerij",
            "drukkerij", "garage", "gemeente", "provincie", "stichting", "zorggroep", "ziekenhuis", "school", "hogeschool",
            "universiteit", "kliniek", "apotheek", "transport", "logistiek", "bouw", "installatietechniek", "schoonmaak",
            "coöperatie", "cooperatie", "vereniging", "municipality", "council", "city", "county", "hospital", "clinic",
            "university", "college", "bakery", "brewery", "hotels", "foods", "food", "logistics",
            "services", "solutions", "systems", "analytics", "retail", "interiors", "trading", "printing", "print",
            "pharmacy", "dental", "medical", "health", "care", "homes", "construction", "engineering", "consulting",
            "maison", "groupe", "societe", "atelier", "zorgcentrum", "verpleeghuis", "verzorgingshuis", "zorginstelling",
            "basisschool", "scholengemeenschap", "lyceum", "gymnasium", "advocatenkantoor", "notariskantoor",
            "accountantskantoor", "autobedrijf", "garagebedrijf", "bandenservice", "installatiebedrijf",
            "aannemersbedrijf", "bouwbedrijf", "transportbedrijf", "schoonmaakbedrijf", "kinderopvang",
            "tandartspraktijk", "huisartsenpraktijk", "makelaardij", "academy");

    static AccountName of(String account) {
        List<String> words = Words.of(account).stream().map(w -> w.folded().replace(".", "")).toList();
        String key = keyOf(account);
        Set<String> other = new LinkedHashSet<>();
        Set<String> kinds = new LinkedHashSet<>();
        for (String w : words) {
            String kind = kindOf(w);
            if (kind != null) {
                kinds.add(kind);
            } else if (w.length() >= 4 && !w.equals(key) && !COMPANY_FORMS.contains(w) && !Words.common(w)) {
                other.add(w);
            }
        }
        return new AccountName(words, key, initials(words), other, kinds);
    }

    /**
     * The word that names an account: the first of its name that is not its legal form, a filler or the kind of
     * business it is ("Westland" of "Coöperatie Westland Fruit U.A.", "Gouden" of "Hotel De Gouden Leeuw").
     */
    static String keyOf(String account) {
        for (Word word : Words.of(account)) {
            String w = word.folded().replace(".", "");
            if (w.length() >= 3 && !COMPANY_FORMS.contains(word.folded()) && !COMPANY_FORMS.contains(w)
                    && !BUSINESS_KINDS.contains(w)) {
                return w;
            }
        }
        return null;
    }

    /** The kind of business a word of an account says, also at the end of a compound ("stadsbakkerij"); or null. */
    private static String kindOf(String word) {
        if (BUSINESS_KINDS.contains(word)) {
            return word;
        }
        for (int k = 1; k + 5 <= word.length(); k++) {
            if (BUSINESS_KINDS.contains(word.substring(k))) {
                return word.substring(k);
            }
        }
        return null;
    }

    /** The first letters of the words that tell an account apart: "fnb" for Fabrikam Noord Bouw B.V. */
    private static String initials(List<String> accountWords) {
        StringBuilder initials = new StringBuilder();
        accountWords.stream().filter(w -> !COMPANY_FORMS.contains(w) && Character.isLetter(w.charAt(0)))
                .forEach(w -> initials.append(w.charAt(0)));
        return initials.toString();
    }
}
