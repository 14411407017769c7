package eu.os2.platform.startgate.internal;

/**
 * One look at Karaf's features service, by service ids, which the framework hands out in increasing order.
 *
 * <p>The features service starts in full only when the configuration admin and the Maven URL handler are
 * registered, and starts again when one of them is registered anew: a features service with an id above both
 * was registered by a start that saw them. Each start registers the features service and, once its boot
 * features are installed, one more "boot finished" service; a boot-finished id above the features service's id
 * means the latest start has run to its end. When the boot features are installed in a thread of their own
 * ({@code featuresBootAsynchronous}), a start ends right after the features service is registered.
 *
 * @param featuresService the features service's service id, or -1 while it is not registered
 * @param bootFinished the highest "boot finished" service id, or -1 when there is none
 * @param tracked the higher of the configuration admin's and the Maven URL handler's service ids, or -1 while
 *     one of them is not registered
 */
record FeaturesSnapshot(long featuresService, long bootFinished, long tracked) {

    static final long NONE = -1;

    /**
     * @param untilBootFinished whether a start ends only after the boot features are installed
     * @return whether the features service is registered after the services it tracks and its latest start has
     *     finished
     */
    boolean idle(boolean untilBootFinished) {
        return tracked != NONE && featuresService > tracked && (!untilBootFinished || bootFinished > featuresService);
    }
}
