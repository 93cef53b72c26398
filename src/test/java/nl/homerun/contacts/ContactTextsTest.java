package nl.homerun.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every field and fact the card can hold has texts of its own in both languages: a label, the question that asks for
 * it, and for what can be recorded from a conversation its button and its "whose?" question. A fact added to
 * {@link Contact.Fact} without them fails here rather than in front of a user.
 */
class ContactTextsTest {

    private static Properties bundle(String file) throws IOException {
        Properties texts = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/i18n", file), StandardCharsets.UTF_8)) {
            texts.load(in);
        }
        return texts;
    }

    @ParameterizedTest
    @ValueSource(strings = {"contacts.properties", "contacts_nl.properties"})
    void everyEditableFieldAndRecordableFactHasItsOwnTexts(String file) throws IOException {
        Properties texts = bundle(file);
        List<String> keys = new ArrayList<>();
        for (String field : ContactEditing.EDITABLE) {
            keys.add("contacts.field." + field);
            keys.add("contacts.edit.ask." + field);
        }
        for (Contact.Fact fact : Contact.Fact.values()) {
            keys.add("contacts.fact." + fact.key());
        }
        List<String> recordable = new ArrayList<>(List.of(ContactFacts.BIRTHDAY));
        for (Contact.Fact fact : Contact.Fact.values()) {
            recordable.add(fact.key());
        }
        for (String fact : recordable) {
            assertThat(ContactFacts.isRecordable(fact)).as(fact).isTrue();
            keys.add("contacts.record.button." + fact);
            keys.add("contacts.record.who." + fact);
        }
        assertThat(keys).allSatisfy(key -> assertThat(texts.getProperty(key)).as(file + ": " + key).isNotBlank());
        assertThat(ContactEditing.EDITABLE).containsAll(recordable);
        for (String field : ContactEditing.EDITABLE) {
            assertThat(texts.getProperty("contacts.edit.ask." + field)).as("asks about the contact by name: " + field).contains("{0}");
        }
    }
}
