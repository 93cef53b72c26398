package nl.homerun.contacts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import nl.homerun.coach.Button;
import nl.homerun.coach.Html;
import nl.homerun.coach.Reply;
import nl.homerun.coach.Turn;
import nl.homerun.users.Language;

/**
 * A contact as shown in the chat: who they are, when you were last in touch and how often you mean to be, what you
 * know of them, what other modules add ({@link CardSection}: notes, signals, tasks), and buttons to set the tier
 * and rhythm, mark Top-5 or Top-20, edit or delete it.
 */
@Component
class ContactCard {

    private final ObjectProvider<CardSection> sections;
    private final Clock clock;

    ContactCard(ObjectProvider<CardSection> sections, Clock clock) {
        this.sections = sections;
        this.clock = clock;
    }

    Reply of(Turn turn, Contact c) {
        StringBuilder text = new StringBuilder("👤 <b>").append(Html.escape(c.name())).append("</b>");
        if (c.account() != null) {
            text.append(" — ").append(Html.escape(c.account()));
        }
        if (c.role() != null) {
            text.append(" (").append(Html.escape(c.role())).append(')');
        }
        if (c.birthday() != null) {
            text.append("\n🎂 ").append(birthday(c, turn.language()));
        }
        if (c.phone() != null) {
            text.append("\n📞 ").append(Html.escape(c.phone()));
        }
        if (c.email() != null) {
            text.append("\n✉️ ").append(Html.escape(c.email()));
        }
        new java.util.TreeMap<>(c.facts()).forEach((fact, value) -> text.append("\n• ").append(turn.text("contacts.fact." + fact.key()))
                .append(": ").append(Html.escape(value)));
        List<String> marks = new ArrayList<>();
        if (c.tier() != null) {
            marks.add(turn.text("contacts.tier", c.tier().name()));
        }
        if (c.top5()) {
            marks.add("Top-5");
        }
        if (c.top20()) {
            marks.add("Top-20");
        }
        if (!marks.isEmpty()) {
            text.append("\n🏷 ").append(String.join(" · ", marks));
        }
        text.append("\n").append(lastContact(turn, c));
        List<List<Button>> extra = new ArrayList<>();
        sections.orderedStream().map(s -> s.section(turn, c)).flatMap(java.util.Optional::stream).forEach(section -> {
            text.append("\n\n").append(section.text());
            if (!section.buttons().isEmpty()) {
                extra.add(section.buttons());
            }
        });
        String id = c.id();
        List<Button> tiers = new ArrayList<>();
        for (Contact.Tier tier : Contact.Tier.values()) {
            tiers.add(new ContactAction.SetTier(id, tier).button(chosen(tier == c.tier(), "") + tier.name()));
        }
        int every = c.cadenceDays();
        List<Button> rhythm = List.of(
                new ContactAction.SetRhythm(id, 30).button(chosen(every == 30, "🔁 ") + turn.text("contacts.every.month")),
                new ContactAction.SetRhythm(id, 91).button(chosen(every == 91, "🔁 ") + turn.text("contacts.every.quarter")),
                new ContactAction.SetRhythm(id, 0).button(chosen(every == 0, "🔁 ") + turn.text("contacts.every.none")));
        List<List<Button>> rows = new ArrayList<>(extra);
        rows.add(tiers);
        rows.add(rhythm);
        rows.add(List.of(new ContactAction.ToggleTop(id, true).button(chosen(c.top5(), "") + "Top-5"),
                new ContactAction.ToggleTop(id, false).button(chosen(c.top20(), "") + "Top-20"),
                new ContactAction.Edit(id).button("✏️"), new ContactAction.Delete(id, false).button("🗑")));
        return Reply.withButtons(text.toString(), rows);
    }

    /** The mark of the choice that is on ("✓ A"), or what the other choices start with. */
    private static String chosen(boolean on, String otherwise) {
        return on ? "✓ " : otherwise;
    }

    /**
     * The Top-5 is full and {@code wanted} would be a sixth: said plainly, with who is in it now, a button per person
     * to make room, Top-20 instead, and a way back to the card.
     */
    Reply topFull(Turn turn, Contact wanted, List<Contact> top5) {
        String names = top5.stream().map(Contact::name).collect(java.util.stream.Collectors.joining(", "));
        List<List<Button>> rows = new ArrayList<>();
        for (Contact in : top5) {
            rows.add(List.of(new ContactAction.SwapTop5(wanted.id(), in.id())
                    .button(turn.text("contacts.top5.swap", in.name()))));
        }
        List<Button> last = new ArrayList<>();
        if (!wanted.top20()) {
            last.add(new ContactAction.ToggleTop(wanted.id(), false).button(turn.text("contacts.top5.top20")));
        }
        last.add(new ContactAction.Show(wanted.id()).button(turn.text("contacts.back")));
        rows.add(last);
        return Reply.withButtons(turn.text("contacts.top5.full", Contacts.TOP5_SIZE, names, wanted.name()), rows);
    }

    /** Deleting, asked on the card itself: yes, or back to the card. */
    static Reply confirmDelete(Turn turn, Contact contact) {
        return Reply.withButtons(turn.text("contacts.delete.confirm", contact.name()), List.of(List.of(
                new ContactAction.Delete(contact.id(), true).button(turn.text("contacts.delete.yes")),
                new ContactAction.Show(contact.id()).button(turn.text("contacts.delete.no")))));
    }

    /** "Laatste contact 12 nov. (20 dagen geleden) · elke maand, weer vóór 12 dec." */
    private String lastContact(Turn turn, Contact c) {
        ZoneId zone = turn.user().timeZone();
        LocalDate today = turn.user().today(clock);
        String line = c.lastContact() == null ? turn.text("contacts.last.none")
                : turn.text("contacts.last", turn.language().format(c.lastContact(), FormatStyle.MEDIUM),
                        ChronoUnit.DAYS.between(c.lastContact(), today));
        if (c.cadenceDays() > 0) {
            LocalDate next = c.lastTouched(zone).plusDays(c.cadenceDays());
            line += " · " + turn.text(next.isAfter(today) ? "contacts.next" : "contacts.next.late", c.cadenceDays(),
                    turn.language().format(next, FormatStyle.MEDIUM));
        }
        return "🕑 " + line;
    }

    static String birthday(Contact c, Language language) {
        String day = c.birthday().day().getDayOfMonth() + " "
                + c.birthday().day().getMonth().getDisplayName(TextStyle.FULL, language.locale());
        return c.birthday().year().isPresent() ? day + " " + c.birthday().year().getAsInt() : day;
    }
}
