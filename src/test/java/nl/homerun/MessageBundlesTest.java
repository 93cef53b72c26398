package nl.homerun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The message bundles under {@code i18n/}: X.properties (English) and X_nl.properties (Dutch). The application
 * sets {@code always-use-message-format: true}, so every value goes through {@link MessageFormat}.
 */
class MessageBundlesTest {

    private static final Path DIR = Path.of("src/main/resources/i18n");

    static List<String> bundles() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".properties") && !n.contains("_"))
                    .map(n -> n.substring(0, n.length() - ".properties".length()))
                    .sorted()
                    .toList();
        }
    }

    private static TreeMap<String, String> load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(DIR.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        TreeMap<String, String> values = new TreeMap<>();
        properties.forEach((k, v) -> values.put((String) k, (String) v));
        return values;
    }

    private static TreeMap<String, String> english(String bundle) throws IOException {
        return load(bundle + ".properties");
    }

    private static TreeMap<String, String> dutch(String bundle) throws IOException {
        return load(bundle + "_nl.properties");
    }

    @Test
    void theBundlesTheApplicationUsesExistInPairs() throws IOException {
        String configured = Files.readString(Path.of("src/main/resources/application.yaml"));
        java.util.regex.Matcher basename = java.util.regex.Pattern.compile("basename: (\\S+)").matcher(configured);
        assertThat(basename.find()).isTrue();
        List<String> used = java.util.Arrays.stream(basename.group(1).split(",")).map(b -> b.replace("i18n/", "")).toList();
        assertThat(bundles()).containsExactlyInAnyOrderElementsOf(used);
        try (Stream<Path> files = Files.list(DIR)) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertThat(names).allSatisfy(name -> assertThat(name).matches("[a-z]+(_nl)?\\.properties"));
            for (String bundle : bundles()) {
                assertThat(names).contains(bundle + "_nl.properties");
            }
            for (String name : names) {
                assertThat(names).contains(name.replace("_nl.properties", ".properties"));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void englishAndDutchHaveTheSameKeys(String bundle) throws IOException {
        assertThat(dutch(bundle).keySet()).as(bundle).containsExactlyElementsOf(english(bundle).keySet());
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyValueIsAMessageFormatThatFormatsCompletely(String bundle) throws IOException {
        checkFormats(bundle, english(bundle), Locale.ENGLISH);
        checkFormats(bundle, dutch(bundle), Locale.forLanguageTag("nl"));
    }

    private static void checkFormats(String bundle, TreeMap<String, String> values, Locale locale) {
        values.forEach((key, value) -> {
            assertThatCode(() -> new MessageFormat(value, locale)).as("%s %s: %s", bundle, locale, key)
                    .doesNotThrowAnyException();
            MessageFormat format = new MessageFormat(value, locale);
            Format[] formats = format.getFormatsByArgumentIndex();
            List<Object> args = new ArrayList<>();
            for (int i = 0; i < formats.length; i++) {
                if (formats[i] instanceof NumberFormat) {
                    args.add(42);
                } else if (formats[i] instanceof DateFormat) {
                    args.add(new Date(0));
                } else {
                    args.add("arg" + i);
                }
            }
            String formatted = format.format(args.toArray());
            assertThat(formatted).as("%s %s: %s has a placeholder left", bundle, locale, key)
                    .doesNotContain("{", "}");
            for (int i = 0; i < formats.length; i++) {
                if (!(formats[i] instanceof NumberFormat) && !(formats[i] instanceof DateFormat)) {
                    assertThat(formatted).as("%s %s: %s uses argument %d", bundle, locale, key, i).contains("arg" + i);
                }
            }
        });
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyApostropheIsDoubled(String bundle) throws IOException {
        checkApostrophes(bundle, english(bundle), "en");
        checkApostrophes(bundle, dutch(bundle), "nl");
    }

    private static void checkApostrophes(String bundle, TreeMap<String, String> values, String language) {
        values.forEach((key, value) -> assertThat(value.replace("''", ""))
                .as("%s (%s) %s has a lone ' (write '' instead): %s", bundle, language, key, value)
                .doesNotContain("'"));
    }

    /** Words that are the same in Dutch and English. */
    private static final java.util.Set<String> SAME_IN_BOTH = java.util.Set.of("sport", "e-mail", "Project", "Partnership",
            "\uD83D\uDCC4 PDF", "4P {0}");

    @ParameterizedTest
    @MethodSource("bundles")
    void dutchIsNotACopyOfEnglish(String bundle) throws IOException {
        TreeMap<String, String> english = english(bundle);
        TreeMap<String, String> dutch = dutch(bundle);
        english.forEach((key, value) -> {
            String words = value.replaceAll("<[^>]+>|\\{[^}]*}", "");
            if (words.codePoints().anyMatch(Character::isLetter) && dutch.containsKey(key) && !SAME_IN_BOTH.contains(value)) {
                assertThat(dutch.get(key)).as("%s: %s is not translated", bundle, key).isNotEqualTo(value);
            }
        });
    }

    @Test
    void doubledApostrophesComeOutAsOneAndNoTextIsSwallowed() {
        // the rule the apostrophe check relies on: with MessageFormat, '' is one ' and a lone ' starts a quote
        assertThat(new MessageFormat("I can''t read {0}.", Locale.ENGLISH).format(new Object[] {"x"}))
                .isEqualTo("I can't read x.");
        assertThat(new MessageFormat("I can't read {0}.", Locale.ENGLISH).format(new Object[] {"x"}))
                .isEqualTo("I cant read {0}.");
    }
}
