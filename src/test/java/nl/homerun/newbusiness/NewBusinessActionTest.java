package nl.homerun.newbusiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.homerun.coach.Button;
import nl.homerun.newbusiness.NewBusinessAction.AskWeeks;
import nl.homerun.newbusiness.NewBusinessAction.Close;
import nl.homerun.newbusiness.NewBusinessAction.Decide;
import nl.homerun.newbusiness.NewBusinessAction.Done;
import nl.homerun.newbusiness.NewBusinessAction.History;
import nl.homerun.newbusiness.NewBusinessAction.KeepFirst;
import nl.homerun.newbusiness.NewBusinessAction.Mark;
import nl.homerun.newbusiness.NewBusinessAction.NewYear;
import nl.homerun.newbusiness.NewBusinessAction.Overview;
import nl.homerun.newbusiness.NewBusinessAction.Pond;
import nl.homerun.newbusiness.NewBusinessAction.Proceed;
import nl.homerun.newbusiness.NewBusinessAction.RestOut;
import nl.homerun.newbusiness.NewBusinessAction.Show;
import nl.homerun.newbusiness.NewBusinessAction.ShowList;
import nl.homerun.newbusiness.NewBusinessAction.Skip;
import nl.homerun.newbusiness.NewBusinessAction.Weeks;
import nl.homerun.newbusiness.Tournament.Decision;

/** Every button of the tournament packs into its action and unpacks to the same; anything else unpacks to nothing. */
class NewBusinessActionTest {

    private static final String ID = "65a1b2c3d4e5f60718293a4b";

    @Test
    void everyActionComesBackAsItWasPackedAndFitsInAButton() {
        List<NewBusinessAction> all = List.of(new Done(ID), new ShowList(ID, 3), new KeepFirst(ID), new Weeks(ID, 6),
                new Weeks(ID, 10), new AskWeeks(ID), new Decide(ID, 1), new Mark(ID, 6, 64, Decision.GO, -1),
                new Mark(ID, 2, 17, Decision.NO_GO, 3), new Skip(ID, 4, 9), new RestOut(ID, 5), new Overview(ID, 3, 7),
                new Proceed(ID, 6), new Show(ID), new Pond(ID), new Close(ID, false), new Close(ID, true),
                new NewYear(ID, false), new NewYear(ID, true), new History(ID));
        for (NewBusinessAction action : all) {
            Button button = action.button("label");
            assertThat(button.action()).startsWith("nb:");
            assertThat(button.action().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(Button.MAX_ACTION_BYTES);
            assertThat(NewBusinessAction.unpack(action.pack())).as(action.pack()).contains(action);
        }
    }

    @Test
    void whatThisVersionDoesNotKnowUnpacksToNothing() {
        for (String packed : List.of("", "dec:" + ID, "dec:" + ID + ":7", "dec:" + ID + ":0", "weeks:" + ID + ":5",
                "weeks:" + ID + ":11", "mark:" + ID + ":1:3:x", "dec:65A1B2C3D4E5F60718293A4B:1", "dec:nope:1",
                "close:" + ID + ":n", "show:" + ID + ":1", "list:" + ID)) {
            assertThat(NewBusinessAction.unpack(packed)).as(packed).isEmpty();
        }
    }
}
