package eu.os2.platform.pluginhost.internal.gate;

import eu.os2.platform.api.plugin.PluginGate;
import java.nio.file.Path;
import java.util.function.Function;
import org.osgi.framework.Bundle;

/** The plugin gate as the rest of plugin-host uses it: its verdict on an installed partner bundle or on a jar about to be placed. */
public interface Gate extends PluginGate {

    /**
     * @param bundle a partner bundle
     * @return the gate's verdict on its current jar
     */
    Verdict verdict(Bundle bundle);

    /**
     * The same check for a jar that is not installed yet.
     *
     * @param headers its manifest's main attributes by name
     * @param symbolicName its symbolic name
     * @param jar the jar file
     * @return the verdict
     */
    Verdict check(Function<String, String> headers, String symbolicName, Path jar);
}
