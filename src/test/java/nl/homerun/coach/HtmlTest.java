package nl.homerun.coach;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlTest {

    @Test
    void escapesTheFourSpecialCharacters() {
        assertThat(Html.escape("<b>Tom & \"Jerry\"</b>"))
                .isEqualTo("&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;");
    }

    @Test
    void leavesOrdinaryTextAlone() {
        assertThat(Html.escape("Jerry's café 😀 costs 5 €")).isEqualTo("Jerry's café 😀 costs 5 €");
    }

    @Test
    void escapedTextContainsNoRawMarkup() {
        String escaped = Html.escape("<script>alert(\"x\")</script> & <b>");

        assertThat(escaped).doesNotContain("<", ">", "\"");
        assertThat(escaped.replace("&amp;", "").replace("&lt;", "").replace("&gt;", "").replace("&quot;", ""))
                .doesNotContain("&");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a < b", "a > b", "Tom & Jerry", "\"quoted\"", "Jerry's", "<b>not bold</b>",
            "&amp;", "&lt;tag&gt;", "&quot;x&quot;", "&gt;", "&&;;<<>>\"\"''", "", "plain"})
    void plainTextOfEscapedTextIsTheOriginal(String text) {
        assertThat(Html.toPlainText(Html.escape(text))).isEqualTo(text);
    }

    @Test
    void toPlainTextDropsTagsAndResolvesEntities() {
        assertThat(Html.toPlainText("<b>Bold</b>, <i>italic</i> and <code>a &lt; b &amp;&amp; c &gt; d</code>"))
                .isEqualTo("Bold, italic and a < b && c > d");
    }

    @Test
    void toPlainTextDropsTagsWithAttributes() {
        assertThat(Html.toPlainText("<a href=\"https://example.com\">link</a> &quot;x&quot;"))
                .isEqualTo("link \"x\"");
    }

    @Test
    void toPlainTextResolvesEachEntityOnce() {
        assertThat(Html.toPlainText("&amp;lt; &amp;gt; &amp;quot; &amp;amp;")).isEqualTo("&lt; &gt; &quot; &amp;");
    }
}
