package nl.homerun.dialogs;

import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.homerun.coach.Button;
import nl.homerun.coach.Messages;
import nl.homerun.followups.FollowUp;
import nl.homerun.followups.TaskReminderButtons;
import nl.homerun.users.Language;

/**
 * On the reminder of the task made for a call a conversation prepared: a button back into that conversation, at the
 * question it left open ("what was said?"), as long as the conversation is not finished.
 */
@Component
class BackToTheCall implements TaskReminderButtons {

    private final DialogRunRepository runs;
    private final ScriptLibrary library;
    private final Messages messages;

    BackToTheCall(DialogRunRepository runs, ScriptLibrary library, Messages messages) {
        this.runs = runs;
        this.library = library;
        this.messages = messages;
    }

    @Override
    public Optional<Button> button(FollowUp task, Language language) {
        return runs.ofTask(task.owner(), task.id()).filter(run -> !run.finished())
                .filter(run -> library.find(run.script()).map(s -> s.firstOpen(run.answers()) != null).orElse(false))
                .map(run -> new DialogAction.ResumeRun(run.id()).button(messages.get(language, "dialogs.button.howItWent")));
    }
}
