package nl.homerun.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.homerun.dialogs.Script.AnswerType;
import nl.homerun.dialogs.Script.Item;
import nl.homerun.dialogs.Script.Step;
import nl.homerun.users.Language;

/** A checklist starts as its script says, changes point by point, and is kept and read back as one string. */
class ChecklistTest {

    private static final Step STEP = new Step("goals", new Texts("Wat?", "What?"), AnswerType.CHECKLIST, List.of(), Map.of(),
            null, Map.of(), null, List.of(
                    new Item("value", new Texts("Waarde", "Value"), true, false, null),
                    new Item("added", new Texts("Waarde voor {person}", "Value for {person}"), true, true,
                            new Texts("Waarde voor het team", "Value for the team")),
                    new Item("later", new Texts("Later", "Later"), false, false, null)), null);

    @Test
    void anItemForEachPersonStandsOnceForEveryoneOrOnceForTheTeam() {
        Checklist withPeople = Checklist.of(STEP, List.of("Jan de Vries (inkoper)", "Petra Jansen"));
        assertThat(texts(withPeople, Language.NL)).containsExactly("✅ Waarde", "✅ Waarde voor Jan de Vries (inkoper)",
                "✅ Waarde voor Petra Jansen", "⬜ Later");

        Checklist nobody = Checklist.of(STEP, List.of());
        assertThat(texts(nobody, Language.EN)).containsExactly("✅ Value", "✅ Value for the team", "⬜ Later");
    }

    @Test
    void pointsAreTickedEditedAndAddedAndOnlyTheTickedOnesCount() {
        Checklist list = Checklist.of(STEP, List.of("Jan de Vries (inkoper)")).ticked(0, false).ticked(2, true)
                .edited(1, "Jan:\tkortere\nlevertijden").added("Nieuwe prijslijst").ticked(1, false);

        assertThat(texts(list, Language.NL)).containsExactly("⬜ Waarde", "⬜ Jan: kortere levertijden", "✅ Later",
                "✅ Nieuwe prijslijst");
        assertThat(list.tickedTexts(STEP, Language.EN)).as("the script's items follow the language, the user's words stay")
                .containsExactly("Later", "Nieuwe prijslijst");
        assertThat(Questions.label(Language.EN, STEP, list.encode())).isEqualTo("1. Later\n2. Nieuwe prijslijst");
        assertThat(Questions.label(Language.NL, STEP, Checklist.of(STEP, List.of()).ticked(0, false).ticked(1, false).encode()))
                .isEqualTo("—");
    }

    @Test
    void anEditTicksThePointAndAPointIsOneLineOfAtMostTwoHundredCharacters() {
        Checklist list = Checklist.of(STEP, List.of()).edited(2, "  Later, met   de directie  ");
        assertThat(list.points().get(2)).isEqualTo(new Checklist.Point("later", null, "Later, met de directie", true));
        assertThat(list.added("x".repeat(300)).points().get(3).text()).hasSize(Checklist.MAX_TEXT);
    }

    @Test
    void itIsKeptAndReadBackAsOneStringAndWhatCannotBeReadIsLeftOut() {
        Checklist list = Checklist.of(STEP, List.of("Jan de Vries (inkoper)")).edited(1, "Jan: levertijden").added("Eigen punt")
                .ticked(0, false);
        assertThat(Checklist.decode(list.encode())).isEqualTo(list);
        assertThat(Checklist.decode("+value\t\t\nrubbish\n*later\t\t\n-\t\t\n+\t\tEigen").points())
                .containsExactly(new Checklist.Point("value", null, null, true), new Checklist.Point(null, null, "Eigen", true));
        assertThat(Checklist.decode(null).points()).isEmpty();
    }

    @Test
    void itHoldsTwentyPoints() {
        Checklist list = Checklist.of(STEP, List.of());
        while (!list.isFull()) {
            list = list.added("punt " + list.size());
        }
        assertThat(list.size()).isEqualTo(Checklist.MAX_POINTS);
    }

    private static List<String> texts(Checklist list, Language language) {
        return java.util.stream.IntStream.range(0, list.size())
                .mapToObj(i -> (list.points().get(i).ticked() ? "✅ " : "⬜ ") + list.text(i, STEP, language)).toList();
    }
}
