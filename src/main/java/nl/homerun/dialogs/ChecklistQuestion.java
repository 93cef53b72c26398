package nl.homerun.dialogs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.homerun.coach.Button;
import nl.homerun.coach.Html;
import nl.homerun.coach.Reply;
import nl.homerun.coach.Turn;
import nl.homerun.dialogs.DialogState.Draft;
import nl.homerun.dialogs.Script.Step;

/**
 * How a checklist question looks in the chat: its points numbered, ✅ or ⬜, with a button per number to tick or untick
 * it, ✏️ to choose a point to edit, and ➡️ when it is done. Its buttons name the run and the step, not a version.
 */
final class ChecklistQuestion {

    private static final int PER_ROW = 5;

    private ChecklistQuestion() {
    }

    /** The list as it stands; when {@code choosing}, its buttons choose the point to edit. */
    static Reply of(Turn turn, Script script, Step step, String runId, Draft draft, boolean choosing,
            Map<String, String> answers, String account) {
        int index = script.indexOf(step.id());
        Checklist list = draft.checklist();
        StringBuilder text = new StringBuilder(Questions.header(turn, script, step, answers, account)).append("\n");
        for (int i = 0; i < list.size(); i++) {
            String mark = draft.editing() != null && draft.editing() == i ? "✏️" : list.points().get(i).ticked() ? "✅" : "⬜";
            text.append('\n').append(mark).append(' ').append(i + 1).append(". ")
                    .append(Html.escape(list.text(i, step, turn.language())));
        }
        List<List<Button>> rows = new ArrayList<>();
        if (draft.editing() != null) {
            text.append("\n\n<i>").append(turn.text("dialogs.checklist.typeNew", draft.editing() + 1)).append("</i>");
            rows.add(List.of(new DialogAction.ShowChecklist(runId, index).button(turn.text("dialogs.button.checklistBack"))));
        } else if (choosing) {
            text.append("\n\n<i>").append(turn.text("dialogs.checklist.which")).append("</i>");
            rows.addAll(numbers(list.size(), i -> new DialogAction.EditPoint(runId, index, i).button("✏️ " + (i + 1))));
            rows.add(List.of(new DialogAction.ShowChecklist(runId, index).button(turn.text("dialogs.button.checklistBack"))));
        } else {
            text.append("\n\n<i>").append(turn.text(list.isFull() ? "dialogs.checklist.hintFull" : "dialogs.checklist.hint"))
                    .append("</i>");
            rows.addAll(numbers(list.size(), i -> {
                boolean ticked = list.points().get(i).ticked();
                return new DialogAction.Tick(runId, index, i, !ticked).button((ticked ? "✅ " : "⬜ ") + (i + 1));
            }));
            rows.add(List.of(new DialogAction.ChooseEdit(runId, index).button(turn.text("dialogs.button.checklistEdit")),
                    new DialogAction.ChecklistDone(runId, index).button(turn.text("dialogs.button.checklistDone"))));
        }
        return Reply.withButtons(text.toString(), rows);
    }

    /** The question once done: the points ticked, no buttons left. */
    static Reply done(Turn turn, Script script, Step step, Checklist list, Map<String, String> answers, String account) {
        StringBuilder text = new StringBuilder(Questions.header(turn, script, step, answers, account)).append("\n");
        List<String> ticked = list.tickedTexts(step, turn.language());
        if (ticked.isEmpty()) {
            text.append("\n→ ").append(turn.text("dialogs.checklist.none"));
        }
        ticked.forEach(t -> text.append("\n✅ ").append(Html.escape(t)));
        return Reply.text(text.toString());
    }

    private static List<List<Button>> numbers(int count, java.util.function.IntFunction<Button> button) {
        List<List<Button>> rows = new ArrayList<>();
        List<Button> row = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            row.add(button.apply(i));
            if (row.size() == PER_ROW) {
                rows.add(row);
                row = new ArrayList<>();
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }
}
