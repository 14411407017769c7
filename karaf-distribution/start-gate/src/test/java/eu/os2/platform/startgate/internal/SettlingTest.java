package eu.os2.platform.startgate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SettlingTest {

    private static final long QUIET = 250;

    /** the configuration admin's or the Maven URL handler's service id, whichever is higher */
    private static final long TRACKED = 30;

    private final Settling settling = new Settling(QUIET, true);

    @Test
    void aFeaturesServiceWhoseLatestStartFinishedSettlesAfterTheQuietPeriod() {
        FeaturesSnapshot idle = new FeaturesSnapshot(140, 141, TRACKED);
        assertThat(settling.settled(idle, 1_000)).isFalse();
        assertThat(settling.settled(idle, 1_000 + QUIET - 1)).isFalse();
        assertThat(settling.settled(idle, 1_000 + QUIET)).isTrue();
    }

    @Test
    void aStartStillInstallingTheBootFeaturesIsNotIdle() {
        // registered again (id 150) after the first start's "boot finished" (141): the second start is running
        FeaturesSnapshot installing = new FeaturesSnapshot(150, 141, TRACKED);
        assertThat(installing.idle(true)).isFalse();
        assertThat(settling.settled(installing, 0)).isFalse();
        assertThat(settling.settled(installing, 10 * QUIET)).isFalse();
    }

    @Test
    void withoutTheFeaturesServiceNothingSettles() {
        for (boolean untilBootFinished : new boolean[] {true, false}) {
            assertThat(new FeaturesSnapshot(FeaturesSnapshot.NONE, 141, TRACKED).idle(untilBootFinished))
                    .isFalse();
            assertThat(new FeaturesSnapshot(FeaturesSnapshot.NONE, FeaturesSnapshot.NONE, TRACKED)
                            .idle(untilBootFinished))
                    .isFalse();
        }
    }

    @Test
    void aRestartWithinTheQuietPeriodStartsItAgain() {
        assertThat(settling.settled(new FeaturesSnapshot(140, 141, TRACKED), 0)).isFalse();
        // unregistered by a restart, then registered and finished again: each change restarts the quiet period
        assertThat(settling.settled(new FeaturesSnapshot(FeaturesSnapshot.NONE, 141, TRACKED), 200))
                .isFalse();
        assertThat(settling.settled(new FeaturesSnapshot(160, 141, TRACKED), 220))
                .isFalse();
        assertThat(settling.settled(new FeaturesSnapshot(160, 170, TRACKED), 300))
                .isFalse();
        assertThat(settling.settled(new FeaturesSnapshot(160, 170, TRACKED), 300 + QUIET - 1))
                .isFalse();
        assertThat(settling.settled(new FeaturesSnapshot(160, 170, TRACKED), 300 + QUIET))
                .isTrue();
    }

    @Test
    void withBootFeaturesInstalledAsideAStartEndsWhenTheFeaturesServiceIsRegistered() {
        Settling aside = new Settling(QUIET, false);
        // no "boot finished" yet: the boot features are still being installed in their own thread
        assertThat(aside.settled(new FeaturesSnapshot(150, FeaturesSnapshot.NONE, TRACKED), 0))
                .isFalse();
        assertThat(aside.settled(new FeaturesSnapshot(150, FeaturesSnapshot.NONE, TRACKED), QUIET))
                .isTrue();
        // a restart queued behind that start shows as another registration and waits again
        assertThat(aside.settled(new FeaturesSnapshot(160, FeaturesSnapshot.NONE, TRACKED), QUIET + 10))
                .isFalse();
        assertThat(aside.settled(new FeaturesSnapshot(160, FeaturesSnapshot.NONE, TRACKED), 2 * QUIET + 10))
                .isTrue();
    }

    @Test
    void aFeaturesServiceRegisteredBeforeTheUrlHandlerIsStillToStartAgain() {
        Settling aside = new Settling(QUIET, false);
        // registered (id 20) before the Maven URL handler (id 30): the handler's arrival restarts it
        assertThat(new FeaturesSnapshot(20, 21, 30).idle(true)).isFalse();
        assertThat(aside.settled(new FeaturesSnapshot(20, 21, 30), 0)).isFalse();
        assertThat(aside.settled(new FeaturesSnapshot(20, 21, 30), 10 * QUIET)).isFalse();
        // without the handler (or the configuration admin) it has not started in full
        assertThat(new FeaturesSnapshot(20, 21, FeaturesSnapshot.NONE).idle(false))
                .isFalse();
        assertThat(aside.settled(new FeaturesSnapshot(31, FeaturesSnapshot.NONE, 30), 11 * QUIET))
                .isFalse();
        assertThat(aside.settled(new FeaturesSnapshot(31, FeaturesSnapshot.NONE, 30), 12 * QUIET))
                .isTrue();
    }
}
