package eu.os2.platform.api.member;

/**
 * Waiting for the member directory: demo data of other bundles is entered once the platform's own
 * demo directory is in place, which happens on another thread at start-up.
 *
 * @since 0.1.0
 * @deprecated reference the {@link DirectoryReady} service instead: it is there once the demo
 *     directory is, and Declarative Services waits for it without a polling thread
 */
@Deprecated(since = "0.2.0", forRemoval = true)
public final class Directories {

    private Directories() {}

    /**
     * Waits until the directory has organisations and their number stayed the same between two
     * looks half a second apart.
     *
     * @param members the member directory
     * @param timeoutMillis how long to wait at most
     * @return whether it settled in time (false also when the thread was interrupted)
     */
    public static boolean awaitSettled(MemberService members, long timeoutMillis) {
        long last = -1;
        for (long waited = 0; waited < timeoutMillis; waited += 500) {
            long total = members.search(new MemberQuery(null, null, null, false, 0, 1))
                    .total();
            if (total > 0 && total == last) {
                return true;
            }
            last = total;
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
