package eu.os2.platform.pluginhost.internal;

import org.osgi.framework.Bundle;

/** A bundle's state by name, as the Plugins page shows it. */
final class State {

    private State() {}

    static String name(int state) {
        return switch (state) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.UNINSTALLED -> "UNINSTALLED";
            default -> "UNKNOWN";
        };
    }
}
