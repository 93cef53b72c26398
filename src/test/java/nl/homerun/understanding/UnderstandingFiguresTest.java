package nl.homerun.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.homerun.understanding.UnderstandingEvaluation.Count;
import nl.homerun.understanding.UnderstandingEvaluation.Half;
import nl.homerun.understanding.UnderstandingEvaluation.Kind;

/**
 * The README's table of how well notes are understood shows what the rules do today: every column but the blind
 * ones (measured once, before the rules were tuned on that set) is measured again here over the labelled notes.
 */
class UnderstandingFiguresTest {

    private static final List<Kind> ROWS = List.of(Kind.PEOPLE, Kind.ASK, Kind.NO_CONTACT, Kind.TASKS, Kind.TASK_DAYS,
            Kind.FACTS, Kind.EVENTS, Kind.NEW_PEOPLE);

    @Test
    void theReadmeTableIsTheMeasuredFigures() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String table = readme.substring(readme.indexOf("<!-- understanding:start -->"),
                readme.indexOf("<!-- understanding:end -->"));
        List<String[]> lines = table.lines().filter(l -> l.startsWith("|")).map(UnderstandingFiguresTest::cells).toList();
        String[] header = lines.get(0);
        List<String[]> rows = lines.subList(2, lines.size());
        assertThat(rows).hasSize(ROWS.size());
        int measured = 0;
        for (int column = 1; column < header.length; column++) {
            String name = header[column].replace(" P / R", "").strip();
            if (name.contains("blind")) {
                continue;
            }
            Map<Kind, Count> counts = evaluate(name);
            for (int row = 0; row < ROWS.size(); row++) {
                Count count = counts.get(ROWS.get(row));
                assertThat(rows.get(row)[column].strip()).as(name + " " + ROWS.get(row))
                        .isEqualTo(String.format(Locale.ROOT, "%.2f / %.2f", count.precision(), count.recall()));
            }
            measured++;
        }
        assertThat(measured).isGreaterThanOrEqualTo(4);
    }

    /** "nl fresh3, now", "en fresh2" or "nl labelled": a language and a set. */
    private static Map<Kind, Count> evaluate(String column) throws IOException {
        String language = column.substring(0, 2);
        String set = column.substring(3).replace(", now", "");
        Path path = set.equals("labelled") ? UnderstandingEvaluation.labelled(language)
                : Path.of("models", "understanding", set + "-" + language + ".yaml");
        return new UnderstandingEvaluation(path).evaluate(Half.ALL);
    }

    private static String[] cells(String line) {
        List<String> cells = new ArrayList<>(List.of(line.split("\\|")));
        cells.remove(0);
        return cells.toArray(String[]::new);
    }
}
