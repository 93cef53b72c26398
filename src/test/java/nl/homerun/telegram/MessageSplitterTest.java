package nl.homerun.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class MessageSplitterTest {

    private static final int LIMIT = MessageSplitter.TELEGRAM_LIMIT;
    private static final Pattern TAG = Pattern.compile("<(/?)([a-z]+)[^<>]*>");
    private static final Pattern BROKEN_ENTITY = Pattern.compile("&(?!(amp|lt|gt|quot);)");

    // ---- a text made of paragraphs > lines > sentences > words, every word unique ----

    private static final List<List<List<List<String>>>> DOCUMENT = document(10_000);

    private static List<List<List<List<String>>>> document(int minLength) {
        List<List<List<List<String>>>> paragraphs = new ArrayList<>();
        int word = 0;
        int length = 0;
        while (length < minLength) {
            List<List<List<String>>> lines = new ArrayList<>();
            for (int l = 0; l < 3; l++) {
                List<List<String>> sentences = new ArrayList<>();
                for (int s = 0; s < 3; s++) {
                    List<String> words = new ArrayList<>();
                    for (int w = 0; w < 8; w++) {
                        String token = "word" + word++;
                        words.add(token);
                        length += token.length() + 1;
                    }
                    sentences.add(words);
                }
                lines.add(sentences);
            }
            paragraphs.add(lines);
        }
        return paragraphs;
    }

    private static String sentence(List<String> words) {
        String s = String.join(" ", words);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
    }

    private static String line(List<List<String>> sentences) {
        return String.join(" ", sentences.stream().map(MessageSplitterTest::sentence).toList());
    }

    private static String paragraph(List<List<List<String>>> lines) {
        return String.join("\n", lines.stream().map(MessageSplitterTest::line).toList());
    }

    private static List<String> allParagraphs() {
        return DOCUMENT.stream().map(MessageSplitterTest::paragraph).toList();
    }

    private static List<String> allLines() {
        return DOCUMENT.stream().flatMap(List::stream).map(MessageSplitterTest::line).toList();
    }

    private static List<String> allSentences() {
        return DOCUMENT.stream().flatMap(List::stream).flatMap(List::stream).map(MessageSplitterTest::sentence)
                .toList();
    }

    private static List<String> allWords() {
        return DOCUMENT.stream().flatMap(List::stream).flatMap(List::stream).flatMap(List::stream).toList();
    }

    // ---- helpers ----

    private static String stripTags(String html) {
        return html.replaceAll("<[^<>]*>", "");
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** The words a person reads, across all parts: tags removed, parts joined by a space, whitespace collapsed. */
    private static String readableText(List<String> parts) {
        return normalised(String.join(" ", parts.stream().map(MessageSplitterTest::stripTags).toList()));
    }

    private static void assertWellFormed(String part) {
        assertThat(part.length()).as("part length").isLessThanOrEqualTo(LIMIT);
        String withoutTags = part.replaceAll("<[^<>]*>", "");
        assertThat(withoutTags).as("no cut inside a tag in: %s", part).doesNotContain("<", ">");
        assertThat(BROKEN_ENTITY.matcher(part).find()).as("no cut inside an entity in: %s", part).isFalse();
        assertThat(part.codePoints().filter(cp -> cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE))
                .as("no half emoji in part").isEmpty();
        Deque<String> open = new ArrayDeque<>();
        Matcher m = TAG.matcher(part);
        while (m.find()) {
            if (m.group(1).isEmpty()) {
                open.push(m.group(2));
            } else {
                assertThat(open).as("closing tag without opening in: %s", part).isNotEmpty();
                assertThat(open.pop()).as("closing tag order").isEqualTo(m.group(2));
            }
        }
        assertThat(open).as("tags left open in part: %s", part).isEmpty();
    }

    // ---- tests ----

    @Test
    void shortTextIsOnePart() {
        assertThat(MessageSplitter.split("Hello <b>there</b> &amp; welcome.", LIMIT))
                .containsExactly("Hello <b>there</b> &amp; welcome.");
    }

    @Test
    void textOfExactlyTheLimitIsOnePart() {
        String text = "x".repeat(LIMIT);
        assertThat(MessageSplitter.split(text, LIMIT)).containsExactly(text);
    }

    @Test
    void longTextOfParagraphsIsCutAtBlankLines() {
        assertThat(String.join("\n\n", allParagraphs()).length()).isGreaterThanOrEqualTo(10_000);
        assertCutBetweenWhole(allParagraphs(), "\n\n", "\n\n", "every part holds whole paragraphs");
    }

    @Test
    void withoutBlankLinesTheCutIsAtLineEnds() {
        assertCutBetweenWhole(allLines(), "\n", "\n", "every part holds whole lines");
    }

    @Test
    void withoutLineEndsTheCutIsAtSentenceEnds() {
        assertCutBetweenWhole(allSentences(), " ", "(?<=\\.) ", "every part holds whole sentences");
    }

    /** Joins the units, splits the text, and checks that every part holds whole units and nothing is lost. */
    private static void assertCutBetweenWhole(List<String> units, String joiner, String separator, String description) {
        String text = String.join(joiner, units);

        List<String> parts = MessageSplitter.split(text, LIMIT);

        assertThat(parts).hasSizeGreaterThanOrEqualTo(3);
        parts.forEach(MessageSplitterTest::assertWellFormed);
        Set<String> whole = new HashSet<>(units);
        for (String part : parts) {
            assertThat(part.strip().split(separator)).as(description).allSatisfy(piece -> assertThat(whole).contains(piece));
        }
        assertThat(readableText(parts)).isEqualTo(normalised(text));
    }

    @Test
    void questionAndExclamationMarksAlsoEndSentences() {
        String text = String.join(" ", allSentences()).replace(". ", "? ").replace("0? ", "0! ");

        List<String> parts = MessageSplitter.split(text, LIMIT);

        assertThat(parts).hasSizeGreaterThanOrEqualTo(3);
        for (String part : parts.subList(0, parts.size() - 1)) {
            assertThat(part.strip()).as("part ends at a sentence end").matches("(?s).*[?!]");
        }
        assertThat(readableText(parts)).isEqualTo(normalised(text));
    }

    @Test
    void withoutSentencesTheCutIsAtSpaces() {
        String text = String.join(" ", allWords());

        List<String> parts = MessageSplitter.split(text, LIMIT);

        assertThat(parts).hasSizeGreaterThanOrEqualTo(3);
        parts.forEach(MessageSplitterTest::assertWellFormed);
        Set<String> words = new HashSet<>(allWords());
        for (String part : parts) {
            assertThat(part.strip().split(" ")).as("no word is cut in two")
                    .allSatisfy(piece -> assertThat(words).contains(piece));
        }
        assertThat(readableText(parts)).isEqualTo(normalised(text));
    }

    @Test
    void noWordIsLostOrDuplicatedInAMixedText() {
        String text = String.join("\n\n", allParagraphs()) + "\n" + String.join(" ", allWords());

        List<String> parts = MessageSplitter.split(text, LIMIT);

        parts.forEach(MessageSplitterTest::assertWellFormed);
        List<String> wordsIn = List.of(normalised(text).split(" "));
        List<String> wordsOut = List.of(readableText(parts).split(" "));
        assertThat(wordsOut).containsExactlyElementsOf(wordsIn);
    }

    @Test
    void boldOpenAcrossACutIsClosedAndOpenedAgain() {
        String text = "<b>" + String.join(" ", allWords()).substring(0, 6000).strip() + "</b>";

        List<String> parts = MessageSplitter.split(text, LIMIT);

        assertThat(parts).hasSize(2);
        assertThat(parts.get(0)).startsWith("<b>").endsWith("</b>");
        assertThat(parts.get(1)).startsWith("<b>").endsWith("</b>");
        parts.forEach(MessageSplitterTest::assertWellFormed);
        assertThat(readableText(parts)).isEqualTo(normalised(stripTags(text)));
    }

    @Test
    void nestedTagsAreClosedInnermostFirstAndReopenedOutermostFirst() {
        String text = "Intro <b>bold <i>" + String.join(" ", allWords()).substring(0, 6000).strip() + "</i></b> end";

        List<String> parts = MessageSplitter.split(text, LIMIT);

        assertThat(parts).hasSize(2);
        assertThat(parts.get(0)).startsWith("Intro <b>bold <i>").endsWith("</i></b>");
        assertThat(parts.get(1)).startsWith("<b><i>").endsWith("</i></b> end");
        parts.forEach(MessageSplitterTest::assertWellFormed);
        assertThat(readableText(parts)).isEqualTo(normalised(stripTags(text)));
    }

    @Test
    void closedTagsAreNotReopened() {
        String words = String.join(" ", allWords()).substring(0, 6000).strip();
        String text = "<b>Title</b> " + words;

        List<String> parts = MessageSplitter.split(text, LIMIT);

        assertThat(parts).hasSize(2);
        assertThat(parts.get(1)).doesNotContain("<b>", "</b>");
        assertThat(readableText(parts)).isEqualTo(normalised(stripTags(text)));
    }

    @Test
    void neverCutsInsideATagOrAnEntity() {
        // no spaces at all: the splitter has to cut somewhere in the markup soup
        String unit = "<b>ab</b>&amp;&lt;<code>c&gt;d</code>x&quot;";
        String text = unit.repeat(9_000 / unit.length() + 1);
        // every limit in a range wider than the unit moves the cut over every position of it
        for (int limit = LIMIT - unit.length() - 5; limit <= LIMIT; limit++) {
            List<String> parts = MessageSplitter.split(text, limit);
            assertThat(parts).hasSizeGreaterThanOrEqualTo(3);
            for (String part : parts) {
                assertWellFormed(part);
                assertThat(part.length()).isLessThanOrEqualTo(limit);
            }
            assertThat(String.join("", parts.stream().map(MessageSplitterTest::stripTags).toList()))
                    .as("limit %d", limit).isEqualTo(stripTags(text));
        }
    }

    @Test
    void neverCutsInsideMarkupBetweenWords() {
        String unit = "Tom <b>&amp;</b> Jerry <code>a &lt; b</code> say &quot;hi&quot; ";
        String text = unit.repeat(10_000 / unit.length() + 1);
        for (int limit = LIMIT - unit.length() - 5; limit <= LIMIT; limit++) {
            List<String> parts = MessageSplitter.split(text, limit);
            assertThat(parts).hasSizeGreaterThanOrEqualTo(3);
            for (String part : parts) {
                assertWellFormed(part);
                assertThat(part.length()).isLessThanOrEqualTo(limit);
            }
            assertThat(readableText(parts)).as("limit %d", limit).isEqualTo(normalised(stripTags(text)));
        }
    }

    @Test
    void aSingleLongWordWithoutSpacesIsStillSplit() {
        StringBuilder word = new StringBuilder();
        for (int i = 0; word.length() < 9_000; i++) {
            word.append((char) ('a' + i % 26));
        }
        String text = word.substring(0, 9_000);

        List<String> parts = MessageSplitter.split(text, LIMIT);

        assertThat(parts).hasSizeGreaterThanOrEqualTo(3);
        parts.forEach(MessageSplitterTest::assertWellFormed);
        assertThat(String.join("", parts)).isEqualTo(text);
    }

    @Test
    void emojiAreNeverSplitInHalf() {
        String emoji = "\uD83D\uDE00"; // 😀, two chars
        for (String prefix : List.of("", "a", "ab", "abc")) {
            String text = prefix + emoji.repeat(4_500);
            List<String> parts = MessageSplitter.split(text, LIMIT);
            assertThat(parts).hasSizeGreaterThanOrEqualTo(2);
            for (String part : parts) {
                assertWellFormed(part);
                assertThat(Character.isLowSurrogate(part.charAt(0))).as("part starts with half an emoji").isFalse();
                assertThat(Character.isHighSurrogate(part.charAt(part.length() - 1)))
                        .as("part ends with half an emoji").isFalse();
            }
            assertThat(String.join("", parts)).as("prefix '%s'", prefix).isEqualTo(text);
        }
    }

    @org.junit.jupiter.api.Test
    void aHyphenatedTagOpenAcrossACutIsClosedAndReopenedByItsFullName() {
        String html = "<tg-spoiler>" + "geheim woord ".repeat(700) + "</tg-spoiler>";
        List<String> parts = MessageSplitter.split(html, 4096);
        assertThat(parts).hasSizeGreaterThan(1);
        assertThat(parts.get(0)).startsWith("<tg-spoiler>").endsWith("</tg-spoiler>");
        assertThat(parts.get(1)).startsWith("<tg-spoiler>");
    }

    @org.junit.jupiter.api.Test
    void aSpaceInsideATagsAttributesIsNotACutPointButAnEarlierSpaceIs() {
        String html = "woord ".repeat(600) + "<code class=\"language-java\">x</code>" + " y".repeat(1000);
        int tagAt = html.indexOf("<code");
        List<String> parts = MessageSplitter.split(html, tagAt + 20);
        assertThat(parts.get(0)).doesNotContain("<code").endsWith("woord");
        assertThat(parts.get(1)).startsWith("woord").contains("<code class=\"language-java\">x</code>");
    }
}
