package eu.os2.platform.pluginhost.internal.lifecycle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;

/**
 * Puts a plugin's last good jar in place of the running one. In {@code deploy/} the running jar is
 * kept aside and the good one written in its place under the same file name, so file install
 * updates the same bundle (it takes a lower version as well); a bundle installed from elsewhere is
 * updated directly.
 */
public final class JarRestore {

    private final DeployFolder deploy;
    private final LastGoodStore store;

    /**
     * @param deploy the deploy folder
     * @param store where the last good jars are kept
     */
    public JarRestore(DeployFolder deploy, LastGoodStore store) {
        this.deploy = deploy;
        this.store = store;
    }

    /**
     * @param bundle the bundle to go back
     * @param good its last good jar
     */
    public void restore(Bundle bundle, LastGoodStore.LastGood good) throws IOException, BundleException {
        Path jar = DeployFolder.jarOf(bundle).orElse(null);
        if (jar != null && deploy.contains(jar)) {
            Path aside = store.failedJar(
                    bundle.getSymbolicName(), bundle.getVersion().toString());
            Files.createDirectories(aside.getParent());
            Files.copy(jar, aside, StandardCopyOption.REPLACE_EXISTING);
            DeployFolder.replace(jar, good.jar(), store.scratch());
        } else {
            // the gate checks the file a bundle was installed from; updating the bundle while that
            // file stays the failed jar would fail the check again and again
            throw new IllegalStateException(bundle.getSymbolicName()
                    + " was not installed from deploy/ (" + bundle.getLocation()
                    + "): replace its file by hand and update it");
        }
    }
}
