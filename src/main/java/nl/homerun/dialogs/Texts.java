package nl.homerun.dialogs;

import nl.homerun.users.Language;

/** One text of a script in both languages. */
record Texts(String nl, String en) {

    String in(Language language) {
        return language == Language.NL ? nl : en;
    }
}
