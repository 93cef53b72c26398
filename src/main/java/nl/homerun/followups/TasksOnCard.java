package nl.homerun.followups;

import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import nl.homerun.coach.Html;
import nl.homerun.coach.Turn;
import nl.homerun.contacts.CardSection;
import nl.homerun.contacts.Contact;

/** On a contact's card: their open tasks, and a button to add one. */
@Component
@Order(2)
class TasksOnCard implements CardSection {

    private static final int SHOWN = 5;

    private final FollowUps followUps;

    TasksOnCard(FollowUps followUps) {
        this.followUps = followUps;
    }

    @Override
    public Optional<Section> section(Turn turn, Contact contact) {
        List<FollowUp> open = followUps.openFor(turn.userId(), contact.id());
        StringBuilder text = new StringBuilder(open.isEmpty() ? turn.text("followups.card.none")
                : "<b>" + turn.text("followups.card", open.size()) + "</b>");
        for (FollowUp task : open.subList(0, Math.min(SHOWN, open.size()))) {
            text.append("\n📌 ").append(Html.escape(task.text())).append(" — ")
                    .append(turn.language().format(task.due(), FormatStyle.MEDIUM))
                    .append(task.time() == null ? "" : " " + task.time());
        }
        return Optional.of(new Section(text.toString(),
                List.of(new TaskAction.AddFor(contact.id()).button("📌 " + turn.text("followups.card.add")))));
    }
}
