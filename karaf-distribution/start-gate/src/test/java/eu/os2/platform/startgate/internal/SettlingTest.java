package eu.os2.platform.startgate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SettlingTest {

    private static final long QUIET = 250;

    private final Settling settling = new Settling(QUIET, true);

    @Test
    void aFeaturesServiceWhoseLatestStartFinishedSettlesAfterTheQuietPeriod() {
        FeaturesSnapshot idle = new FeaturesSnapshot(140, 141);
        assertThat(settling.settled(idle, 1_000)).isFalse();
        assertThat(settling.settled(idle, 1_000 + QUIET - 1)).isFalse();
        assertThat(settling.settled(idle, 1_000 + QUIET)).isTrue();
    }

    @Test
    void aStartStillInstallingTheBootFeaturesIsNotIdle() {
        // registered again (id 150) after the first start's "boot finished" (141): the second start is running
        FeaturesSnapshot installing = new FeaturesSnapshot(150, 141);
        assertThat(installing.idle(true)).isFalse();
        assertThat(settling.settled(installing, 0)).isFalse();
        assertThat(settling.settled(installing, 10 * QUIET)).isFalse();
    }

    @Test
    void withoutTheFeaturesServiceNothingSettles() {
        for (boolean untilBootFinished : new boolean[] {true, false}) {
            assertThat(new FeaturesSnapshot(FeaturesSnapshot.NONE, 141).idle(untilBootFinished))
                    .isFalse();
            assertThat(new FeaturesSnapshot(FeaturesSnapshot.NONE, FeaturesSnapshot.NONE).idle(untilBootFinished))
                    .isFalse();
        }
    }

    @Test
    void aRestartWithinTheQuietPeriodStartsItAgain() {
        assertThat(settling.settled(new FeaturesSnapshot(140, 141), 0)).isFalse();
        // unregistered by a restart, then registered and finished again: each change restarts the quiet period
        assertThat(settling.settled(new FeaturesSnapshot(FeaturesSnapshot.NONE, 141), 200))
                .isFalse();
        assertThat(settling.settled(new FeaturesSnapshot(160, 141), 220)).isFalse();
        assertThat(settling.settled(new FeaturesSnapshot(160, 170), 300)).isFalse();
        assertThat(settling.settled(new FeaturesSnapshot(160, 170), 300 + QUIET - 1))
                .isFalse();
        assertThat(settling.settled(new FeaturesSnapshot(160, 170), 300 + QUIET))
                .isTrue();
    }

    @Test
    void withBootFeaturesInstalledAsideAStartEndsWhenTheFeaturesServiceIsRegistered() {
        Settling aside = new Settling(QUIET, false);
        // no "boot finished" yet: the boot features are still being installed in their own thread
        assertThat(aside.settled(new FeaturesSnapshot(150, FeaturesSnapshot.NONE), 0))
                .isFalse();
        assertThat(aside.settled(new FeaturesSnapshot(150, FeaturesSnapshot.NONE), QUIET))
                .isTrue();
        // a restart queued behind that start shows as another registration and waits again
        assertThat(aside.settled(new FeaturesSnapshot(160, FeaturesSnapshot.NONE), QUIET + 10))
                .isFalse();
        assertThat(aside.settled(new FeaturesSnapshot(160, FeaturesSnapshot.NONE), 2 * QUIET + 10))
                .isTrue();
    }
}
