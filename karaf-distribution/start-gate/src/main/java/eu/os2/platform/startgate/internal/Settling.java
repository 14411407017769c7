package eu.os2.platform.startgate.internal;

/**
 * Decides from successive looks at the features service whether it has settled: idle (registered, and its
 * last start has finished) and unchanged for a quiet period, so a restart queued behind the one just
 * finished has had time to show.
 */
final class Settling {

    private final long quietNanos;
    private final boolean untilBootFinished;
    private FeaturesSnapshot last;
    private long since;

    /**
     * @param quietNanos how long the look must stay idle and unchanged
     * @param untilBootFinished whether a start of the features service ends only after its boot features are
     *     installed (they are not installed in a thread of their own)
     */
    Settling(long quietNanos, boolean untilBootFinished) {
        this.quietNanos = quietNanos;
        this.untilBootFinished = untilBootFinished;
    }

    /**
     * @param now what the features service looks like now
     * @param nanos when ({@link System#nanoTime()})
     * @return whether it has been idle and unchanged for the quiet period
     */
    boolean settled(FeaturesSnapshot now, long nanos) {
        if (!now.equals(last)) {
            last = now;
            since = nanos;
        }
        return now.idle(untilBootFinished) && nanos - since >= quietNanos;
    }
}
