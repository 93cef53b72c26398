package nl.homerun.reminders;

import static nl.homerun.Replies.plain;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import nl.homerun.Replies;
import nl.homerun.MutableClock;
import nl.homerun.accounts.Account;
import nl.homerun.accounts.Accounts;
import nl.homerun.accounts.TierReason;
import nl.homerun.coach.Button;
import nl.homerun.coach.Coach;
import nl.homerun.coach.Html;
import nl.homerun.coach.InboundEvent;
import nl.homerun.coach.Reply;
import nl.homerun.contacts.Contact.Tier;
import nl.homerun.contacts.Contacts;
import nl.homerun.followups.FollowUp;
import nl.homerun.followups.FollowUps;
import nl.homerun.reminders.ReminderTestChannel.Recorder;

/**
 * A whole simulated year of new business through the coach, with a clock the test moves day by day and the reminders
 * sent by the scheduler: 64 suspects (a CSV file, pasted lines and a typed one), six rounds of decisions asked three
 * days before each round ends, one round where more are kept than half (said, then changed), the kweekvijver's
 * quarterly reminder, a note's buying signal at the decision, the deadline in Monday's digest, one winner that becomes
 * an A account with a task for its 4P plan, the review, the next year with the kweekvijver; the bracket at every stage
 * a PNG of 1400 × 1100 with the round under way highlighted. Another user's press on these buttons is refused.
 */
@SpringBootTest(properties = {"mongodb.embedded=memory", "homerun.reminder-tick=PT1000H"})
@Import(ReminderTestChannel.class)
class NewBusinessYearTest {

    private static final long ANNA = 9501;
    private static final long BERT = 9502;
    private static final String WINNER = "Bedrijf 07 B.V.";
    /** The bracket's size, and where the column of a round (from round 1) is highlighted. */
    private static final int WIDTH = 1400;
    private static final int HEIGHT = 1100;
    private static final int HIGHLIGHT = 0xFFF4CC;

    @Autowired
    ReminderScheduler scheduler;
    @Autowired
    Recorder recorder;
    @Autowired
    MutableClock clock;
    @Autowired
    Coach coach;
    @Autowired
    Contacts contacts;
    @Autowired
    Accounts accounts;
    @Autowired
    FollowUps followUps;
    @Autowired
    MongoDatabase database;

    private LocalDate today;
    private int brackets;

    @BeforeEach
    void clean() {
        for (String name : database.listCollectionNames()) {
            database.getCollection(name).deleteMany(new Document());
        }
        recorder.sent.clear();
        recorder.clock = clock;
        today = LocalDate.parse("2026-01-05"); // a Monday
        clock.set(Instant.parse("2026-01-05T09:00:00Z"));
        brackets = 0;
    }

    @Test
    void aWholeYearFromSixtyFourSuspectsToOneXxlAccount() {
        say(ANNA, "/taal nl");
        say(BERT, "/taal nl");
        contacts.add(ANNA, new Contacts.Draft("Jan de Vries", WINNER, "inkoper", null, null, null));

        String intro = plain(say(ANNA, "/werving"));
        assertThat(intro).contains("64 adressen analyseren → 32 benaderen als suspect → 16 doorgroeien tot prospect")
                .contains("kweekvijver").contains("Stuur je lijst");

        // 40 from a spreadsheet's CSV (a header, quotes, a double, a row without a company), 23 pasted, 1 typed
        StringBuilder csv = new StringBuilder("Bedrijf;Contactpersoon;E-mail\n");
        IntStream.rangeClosed(1, 40).forEach(i -> csv.append(String.format("\"Bedrijf %02d B.V.\";Persoon %d;p%d@example.nl%n", i, i, i)));
        csv.append("bedrijf 05;;\n;Zonder Bedrijf;x@example.nl\n");
        String file = plain(upload(ANNA, "suspects.csv", csv.toString()));
        assertThat(file).contains("➕ 40 suspects erbij").contains("↩️ 1 naam stond er al op of dubbel in: bedrijf 05")
                .contains("⚠️ 1 regel had geen bedrijfsnaam")
                .contains("📋 40 suspects: je speelt het schema van 64 met 24 lege plaatsen. Na de analyse gaan er 20 door");
        assertThat(plain(upload(ANNA, "suspects.xlsx", "PK\u0003\u0004"))).contains("lijkt een Excel- of Numbers-bestand")
                .contains("Er is niets toegevoegd; je lijst (40) blijft zoals hij was");
        String pasted = IntStream.rangeClosed(41, 63).mapToObj(i -> "• Bedrijf " + i).collect(Collectors.joining("\n", "", "\n\n"));
        assertThat(plain(say(ANNA, pasted))).contains("➕ 23 suspects erbij");
        assertThat(plain(say(ANNA, "Bedrijf 64"))).contains("📋 64 suspects: het volle schema. Zes rondes");

        List<Reply> weeks = say(ANNA, "klaar");
        assertThat(plain(weeks)).contains("Hoeveel weken per ronde? De methode zegt: zes tot tien. Je speelt 6 rondes")
                .contains("[6 weken] [7 weken] [8 weken] [9 weken] [10 weken]");
        List<Reply> started = press(ANNA, weeks, "8 weken");
        assertThat(plain(started)).contains("🏁 Je werving is begonnen: 64 suspects, rondes van 8 weken")
                .contains("Werving 2026 — Ronde 1 · Adressen analyseren (van 6)")
                .contains("📅 5 januari 2026 tot 2 maart 2026 (8 weken).")
                .contains("64 adressen die geanalyseerd worden")
                .contains("van de 64 neemt de volgende ronde er 32");
        bracket(started, 1);

        // a note about one suspect counts as activity for it, and its buying signal comes at the decision
        say(ANNA, "Bij Bedrijf 07 geweest, gesproken met de inkoper. Kunt u nog een brochure toesturen?");
        assertThat(plain(say(ANNA, "/werving"))).contains("Van 63 van de 64 hoorde ik deze ronde nog niets")
                .contains("💡 Koopsignaal deze ronde bij 1 account: " + WINNER);

        String[] rounds = {"Adressen analyseren", "Benaderen als suspect", "Doorgroeien tot prospect", "Ideeën toetsen",
            "Accountplan presenteren", "Onderhandelen"};
        int[] keep = {32, 18, 8, 4, 2, 1}; // round 2 keeps two more than half at first
        int in = 64;
        String oldDecide = null;
        for (int round = 1; round <= 6; round++) {
            LocalDate decisionDay = today.plusWeeks(8).minusDays(3);
            until(decisionDay);
            Recorder.Sent reminder = lastSent(s -> s.text().contains("Tijd voor GO of NO GO"));
            assertThat(Html.toPlainText(reminder.text())).as("round " + round)
                    .contains("Ronde " + round + " · " + rounds[round - 1] + " eindigt op")
                    .contains("van de " + in + " neemt de volgende ronde er " + (round == 6 ? 1 : in / 2));
            assertThat(reminder.at().atOffset(ZoneOffset.UTC).toLocalDate()).isEqualTo(decisionDay);
            if (round == 1) {
                assertThat(Html.toPlainText(reminder.text())).contains("Van 63 hoorde ik deze ronde niets.")
                        .contains("💡 Koopsignaal deze ronde bij 1 account: " + WINNER);
            }
            Button decide = reminder.buttons().get(0).get(0);
            if (round == 2) {
                oldDecide = decide.action();
            }
            List<Reply> card = press(ANNA, decide.action());
            int go = 0;
            for (int decided = 0; decided < in; decided++) {
                String text = plain(card);
                assertThat(text).contains("Ronde " + round + " · " + rounds[round - 1] + " · account " + (decided + 1) + " van " + in);
                boolean winner = text.contains(WINNER);
                if (winner) {
                    assertThat(text).contains("📝 1 notitie").contains("💡 Koopsignaal: “Kunt u nog een brochure toesturen?”")
                            .contains("📞 Laatste contact:");
                } else {
                    assertThat(text).contains("🔇 Nog niets van gehoord");
                }
                boolean yes = winner || go < keep[round - 1] - 1;
                go += yes && !winner ? 1 : 0;
                card = press(ANNA, card, yes ? "✅ GO: door" : "🐟 NO GO: kweekvijver");
            }
            String summary = plain(card);
            assertThat(summary).contains("Ronde " + round + " · " + rounds[round - 1] + " besloten: " + keep[round - 1] + " GO");
            if (round == 2) {
                // more than half: said plainly, and changed in the overview
                assertThat(summary).contains("Je houdt er 18, de helft is 16. Meer houden betekent minder tijd per account");
                List<Reply> overview = press(ANNA, card, "✏️ Aanpassen");
                assertThat(plain(overview)).contains("18 GO · 14 NO GO · 0 open · de volgende ronde neemt er 16 · blad 1/4");
                for (int i = 0; i < 2; i++) {
                    String someoneElse = overview.get(0).buttons().stream().flatMap(List::stream)
                            .map(Button::label).filter(l -> l.startsWith("✅ ") && !l.contains("07")).findFirst().orElseThrow();
                    overview = press(ANNA, overview, someoneElse);
                }
                assertThat(plain(overview)).contains("16 GO · 16 NO GO");
                card = press(ANNA, overview, "✅ Klaar: naar de samenvatting");
                summary = plain(card);
                assertThat(summary).contains("Precies de helft: 16 van de 32 gaan door");
            }
            if (round == 6) {
                assertThat(summary).contains("🏆 1 van de 2 blijft over: je XXL-account van het jaar");
            }
            List<Reply> next = press(ANNA, card, round == 6 ? "🏆 Afsluiten met 1 XXL-account" : "▶️ Door met " + in / 2 + " naar…");
            in = round == 6 ? 1 : in / 2;
            today = decisionDay;
            if (round < 6) {
                assertThat(plain(next)).contains("Ronde " + round + " · " + rounds[round - 1] + " is besloten: " + in + " door, "
                        + in + " naar de kweekvijver. Nu: Ronde " + (round + 1) + " · " + rounds[round])
                        .contains("Werving 2026 — Ronde " + (round + 1));
                bracket(next, round + 1);
            } else {
                String end = plain(next);
                assertThat(end).contains("🏆 Gefeliciteerd: " + WINNER + " is je XXL-account van 2026! Het is nu een A-account")
                        .contains("Werving 2026: terugblik")
                        .contains("🏆 XXL-account: " + WINNER)
                        .contains("Ronde 1 · Adressen analyseren: 64 → 32 door")
                        .contains("Ronde 6 · Onderhandelen: 2 → 1 door")
                        .contains("[🐟 Nieuw jaar met de kweekvijver (63)]");
                bracket(next, 0);
            }
            if (round == 3) {
                assertThat(plain(press(ANNA, oldDecide))).contains("Ronde 2 · Benaderen als suspect is al besloten");
                assertThat(plain(press(BERT, decideOf(next)))).contains("Dat toernooi ken ik niet");
            }
        }

        // the winner is an A account, because it was won, with a task for its 4P relationship plan
        Account won = accounts.findByName(ANNA, "Bedrijf 07").get(0);
        assertThat(won.tier()).isEqualTo(Tier.A);
        assertThat(won.tierReason()).isEqualTo(TierReason.NEW_BUSINESS);
        assertThat(followUps.open(ANNA)).extracting(FollowUp::text)
                .contains("Maak een 4P-relatieplan voor " + WINNER + " (/plan " + WINNER + ")");
        assertThat(contacts.search(ANNA, "Jan de Vries").get(0).tier()).isEqualTo(Tier.A);

        // the kweekvijver: a quarter after they went there, a reminder to send something useful
        List<String> pond = recorder.sent.stream().map(Recorder.Sent::text).filter(t -> t.contains("Kweekvijver")).toList();
        assertThat(pond).isNotEmpty();
        assertThat(Html.toPlainText(pond.get(0))).contains("laat deze 32 accounts weer iets nuttigs van je horen, per post of e-mail");
        // Monday's digest names the round's deadline when it is near, and not before
        assertThat(digestOn("2026-02-23")).contains("🏆 Werving: Ronde 1 · Adressen analyseren")
                .contains("Eindigt maandag 2 maart 2026 (over 7 dagen)").contains("Nog 64 van de 64 zonder GO of NO GO");
        assertThat(digestOn("2026-02-16")).contains("Eindigt maandag 2 maart 2026 (over 14 dagen)");
        assertThat(digestOn("2026-02-09")).doesNotContain("Werving");

        // the next year, with the kweekvijver back on the list; the year played is history
        List<Reply> review = say(ANNA, "/werving");
        assertThat(plain(review)).contains("Werving 2026: terugblik");
        String fresh = plain(press(ANNA, review, "🐟 Nieuw jaar met de kweekvijver (63)"));
        assertThat(fresh).contains("🐟 Je lijst begint met de 63 accounts uit de kweekvijver van vorig jaar.");
        assertThat(plain(say(ANNA, "/werving geschiedenis"))).contains("2027: 63 namen · loopt nog")
                .contains("2026: 64 namen · " + WINNER);
        assertThat(brackets).isEqualTo(7);
        assertThat(recorder.sent).noneMatch(sent -> sent.text().contains("laatste dag")); // every round was decided in time
    }

    @Test
    void aRoundLeftUndecidedIsRemindedOnItsLastDayAndCalledOverInTheDigest() {
        say(ANNA, "/taal nl");
        say(ANNA, "/werving");
        say(ANNA, "Acme, Initech, Globex, Umbrella");
        press(ANNA, say(ANNA, "klaar"), "6 weken"); // Monday 5 January to Monday 16 February
        until(LocalDate.parse("2026-02-13"));
        assertThat(lastSent(s -> s.text().contains("Tijd voor GO of NO GO")).at().atOffset(ZoneOffset.UTC).toLocalDate())
                .isEqualTo(LocalDate.parse("2026-02-13"));
        today = LocalDate.parse("2026-02-13");
        until(LocalDate.parse("2026-02-16"));
        Recorder.Sent last = lastSent(s -> s.text().contains("laatste dag"));
        assertThat(Html.toPlainText(last.text())).isEqualTo("⏰ Vandaag is de laatste dag van Ronde 2 · Benaderen als suspect: "
                + "nog 4 van de 4 zonder GO of NO GO. Besluit nu, of geef de ronde meer weken.");
        assertThat(last.buttons().get(0)).extracting(Button::label).containsExactly("⚖️ Besluit: GO / NO GO", "⏱ Weken van deze ronde");
        today = LocalDate.parse("2026-02-16");
        until(LocalDate.parse("2026-02-23"));
        assertThat(digestOn("2026-02-23")).contains("⚠️ Liep af op maandag 16 februari 2026, 7 dagen geleden.")
                .contains("Nog 4 van de 4 zonder GO of NO GO");
        // made longer, the round is not over any more and its decision is asked again before its new end
        press(ANNA, press(ANNA, last.buttons().get(0).get(1).action()), "10 weken");
        today = LocalDate.parse("2026-02-23");
        until(LocalDate.parse("2026-03-13"));
        assertThat(lastSent(s -> s.text().contains("Tijd voor GO of NO GO")).at().atOffset(ZoneOffset.UTC).toLocalDate())
                .isEqualTo(LocalDate.parse("2026-03-13"));
    }

    // --- the clock, the chat -----------------------------------------------------------------------------------------

    /** Every day up to and including {@code day}: the reminder ticks before and after 08:30 in Amsterdam (winter and summer). */
    private void until(LocalDate day) {
        for (LocalDate d = today.plusDays(1); !d.isAfter(day); d = d.plusDays(1)) {
            for (LocalTime time : List.of(LocalTime.of(6, 45), LocalTime.of(7, 45))) {
                clock.set(d.atTime(time).toInstant(ZoneOffset.UTC));
                scheduler.tick();
            }
        }
        clock.set(day.atTime(9, 0).toInstant(ZoneOffset.UTC));
    }

    private Recorder.Sent lastSent(java.util.function.Predicate<Recorder.Sent> which) {
        List<Recorder.Sent> found = recorder.sent.stream().filter(s -> s.user() == ANNA).filter(which).toList();
        assertThat(found).isNotEmpty();
        return found.get(found.size() - 1);
    }

    private String digestOn(String day) {
        return recorder.sent.stream().filter(s -> s.text().contains("☀️"))
                .filter(s -> s.at().atOffset(ZoneOffset.UTC).toLocalDate().equals(LocalDate.parse(day)))
                .map(s -> Html.toPlainText(s.text())).findFirst().orElse("");
    }

    /** The bracket among the replies: a PNG of the right size, with the round under way highlighted (0: none). */
    private void bracket(List<Reply> replies, int round) {
        Reply picture = replies.stream().filter(r -> r.attachment() != null).findFirst().orElseThrow();
        assertThat(picture.attachment().mediaType()).isEqualTo("image/png");
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(picture.attachment().content()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(WIDTH);
        assertThat(image.getHeight()).isEqualTo(HEIGHT);
        int column = (WIDTH - 32) / 7;
        for (int r = 1; r <= 6; r++) {
            int rgb = image.getRGB(16 + (r - 1) * column + 4, HEIGHT / 2) & 0xFFFFFF;
            assertThat(rgb == HIGHLIGHT).as("round " + r + " highlighted at stage " + round).isEqualTo(r == round);
        }
        brackets++;
    }

    private static String decideOf(List<Reply> replies) {
        return replies.stream().flatMap(r -> r.buttons().stream()).flatMap(List::stream)
                .filter(b -> b.action().startsWith("nb:dec:")).findFirst().orElseThrow().action();
    }

    private List<Reply> say(long user, String text) {
        return coach.handle(new InboundEvent(user, user, "nl", new InboundEvent.Text(text)));
    }

    private List<Reply> upload(long user, String name, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return coach.handle(new InboundEvent(user, user, "nl",
                new InboundEvent.DocumentUpload(name, name.endsWith(".csv") ? "text/csv" : "application/vnd.ms-excel", bytes.length,
                        () -> bytes)));
    }

    private List<Reply> press(long user, String action) {
        return coach.handle(new InboundEvent(user, user, "nl", new InboundEvent.ButtonPress(action, user + ":1")));
    }

    private List<Reply> press(long user, List<Reply> replies, String label) {
        return press(user, Replies.button(replies, label).action());
    }
}
