package nl.homerun.contacts;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;

import nl.homerun.coach.Button;
import nl.homerun.coach.Html;
import nl.homerun.coach.Reply;
import nl.homerun.coach.Turn;
import nl.homerun.users.Language;

/** A contact as shown in the chat, with buttons to set the tier, mark Top-5 or Top-20, or delete it. */
final class ContactCard {

    private ContactCard() {
    }

    static Reply of(Turn turn, Contact c) {
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
        new java.util.TreeMap<>(c.facts()).forEach((fact, value) -> text.append("\n• ").append(turn.text("contacts.fact." + fact.name().toLowerCase()))
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
        if (c.cadenceDays() > 0) {
            text.append("\n🔁 ").append(turn.text("contacts.every", c.cadenceDays()));
        }
        String id = c.id();
        List<Button> tiers = new ArrayList<>();
        for (Contact.Tier tier : Contact.Tier.values()) {
            tiers.add(new Button((tier == c.tier() ? "● " : "") + tier.name(), "ct:tier:" + id + ":" + tier.name()));
        }
        List<Button> rhythm = List.of(new Button("🔁 " + turn.text("contacts.every.month"), "ct:every:" + id + ":30"),
                new Button("🔁 " + turn.text("contacts.every.quarter"), "ct:every:" + id + ":91"),
                new Button("🔁 " + turn.text("contacts.every.none"), "ct:every:" + id + ":0"));
        return Reply.withButtons(text.toString(), List.of(tiers, rhythm,
                List.of(new Button((c.top5() ? "✔️ " : "") + "Top-5", "ct:top5:" + id),
                        new Button((c.top20() ? "✔️ " : "") + "Top-20", "ct:top20:" + id),
                        new Button("✏️", "ct:edit:" + id), new Button("🗑", "ct:del:" + id))));
    }

    static String birthday(Contact c, Language language) {
        String day = c.birthday().day().getDayOfMonth() + " "
                + c.birthday().day().getMonth().getDisplayName(TextStyle.FULL, language.locale());
        return c.birthday().year().isPresent() ? day + " " + c.birthday().year().getAsInt() : day;
    }
}
