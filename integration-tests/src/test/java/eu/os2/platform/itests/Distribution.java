package eu.os2.platform.itests;

/** Settings shared by the tests that boot the distribution. */
final class Distribution {

    /** The demo users' password the tests configure. */
    static final String DEMO_PASSWORD = "it-demo-password-4711";

    /**
     * The JPMS flags bin/karaf passes on Java 9+, which Pax Exam does not pass by itself;
     * {@code %s} is the unpacked distribution's home.
     */
    static final String[] JPMS_FLAGS = {
        "--add-reads=java.xml=java.logging",
        "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
        "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-4.4.10.jar",
        "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-4.4.10.jar",
        "--add-opens", "java.base/java.security=ALL-UNNAMED",
        "--add-opens", "java.base/java.net=ALL-UNNAMED",
        "--add-opens", "java.base/java.lang=ALL-UNNAMED",
        "--add-opens", "java.base/java.util=ALL-UNNAMED",
        "--add-opens", "java.naming/javax.naming.spi=ALL-UNNAMED",
        "--add-opens", "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
        "--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED",
        "--add-exports=java.base/sun.net.www.protocol.ftp=ALL-UNNAMED",
        "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
        "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
        "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
        "--add-exports=java.base/sun.net.www.content.text=ALL-UNNAMED",
        "--add-exports=jdk.xml.dom/org.w3c.dom.html=ALL-UNNAMED",
        "--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED",
        "-Djdk.util.zip.disableZip64ExtraFieldValidation=true",
    };

    private Distribution() {}
}
