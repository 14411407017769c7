package eu.os2.platform.core.internal.cluster;

import java.net.InetAddress;
import java.util.UUID;

/**
 * Names a running node for what it claims and posts in the shared database: its host and a random
 * part, one name for the life of the JVM (a component that restarts keeps it).
 */
public final class NodeNames {

    private static final String THIS_NODE = generate();

    private NodeNames() {}

    /** @return this node's name, the same for every component until the JVM stops */
    public static String thisNode() {
        return THIS_NODE;
    }

    /** @return a name unique to this start of this node, at most 100 characters */
    private static String generate() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "node";
        }
        String name = host + "/" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() > 100 ? name.substring(name.length() - 100) : name;
    }
}
