package nl.homerun.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short version of {@link ChaosDriver}: three users, the bot killed twice while they send notes, accept tasks
 * and go through the network checklist. Whatever the moment of the kill, every note and every accepted task is stored
 * once, every update is answered, the answers keep each chat's order, and each checklist ends and is stored once with
 * its seven answers. (Lateness and messages or questions sent twice, which a kill between a send and its mark can
 * cause, are reported by the driver, not asserted here.)
 */
class ChaosTest {

    @TempDir
    Path data;

    @Test
    void killedTwiceWhileUsersSendNotesNothingIsLostDoubledOrOutOfOrder() throws Exception {
        try (FakeBotApi api = new FakeBotApi()) {
            ChaosDriver.Report report = new ChaosDriver(
                    new ChaosDriver.Settings(3, 6, 2, false, 7, null, data, null), api).run();

            assertThat(report.kills()).isEqualTo(2);
            assertThat(report.notesPushed()).isEqualTo(18);
            assertThat(report.neverAnswered()).as(report.table()).isZero();
            assertThat(report.notesStoredOnce()).as(report.table()).isEqualTo(18);
            assertThat(report.tasksMissing() + report.tasksDoubled()).as(report.table()).isZero();
            assertThat(report.outOfOrder()).as(report.table()).isZero();
            assertThat(report.checklistsEnded()).as(report.table()).isEqualTo(3);
            assertThat(report.checklistsStored()).as("each checklist stored once, with its seven answers: " + report.table())
                    .isEqualTo(3);
        }
    }
}
