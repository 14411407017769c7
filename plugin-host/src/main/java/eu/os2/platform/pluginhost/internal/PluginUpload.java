package eu.os2.platform.pluginhost.internal;

import eu.os2.platform.api.plugin.PluginBundles;
import eu.os2.platform.api.plugin.PluginNotice;
import eu.os2.platform.pluginhost.internal.gate.Gate;
import eu.os2.platform.pluginhost.internal.gate.Verdict;
import eu.os2.platform.pluginhost.internal.lifecycle.DeployFolder;
import eu.os2.platform.pluginhost.internal.lifecycle.LastGoodStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;

/**
 * An uploaded jar on its way into {@code deploy/}: read, checked by the gate exactly like a jar file
 * install finds there, and written into the folder in one step, under the file name of the plugin's
 * jar already there (so file install updates that bundle) or else under the uploaded name.
 */
final class PluginUpload {

    /** The notice code of a jar that is no partner plugin. */
    static final String NOT_A_PLUGIN = "not-a-plugin";

    /**
     * A jar placed into {@code deploy/}.
     *
     * @param file where it is
     * @param symbolicName its symbolic name
     * @param version its version
     * @param headers its manifest's main attributes
     * @param verdict the gate's verdict
     */
    record Placed(Path file, String symbolicName, String version, Attributes headers, Verdict verdict) {
        /** @return the plugin as it is before file install has picked the jar up */
        PartnerPlugin pending(LastGoodStore store) {
            return new PartnerPlugin(
                    -1,
                    symbolicName,
                    headers.getValue(PluginBundles.PLUGIN_HEADER).strip(),
                    Optional.ofNullable(headers.getValue("Bundle-Name")).orElse(symbolicName),
                    version,
                    Optional.ofNullable(headers.getValue("Bundle-Vendor")).orElse(""),
                    verdict.coreApiRange(),
                    verdict.compatible(),
                    verdict.trust(),
                    verdict.trustDetail(),
                    "PENDING",
                    false,
                    verdict.notices(),
                    List.of(),
                    store.lastGood(symbolicName)
                            .map(LastGoodStore.LastGood::version)
                            .orElse(null),
                    List.of());
        }
    }

    private final BundleContext context;
    private final Gate gate;
    private final DeployFolder deploy;
    private final Path scratch;

    PluginUpload(BundleContext context, Gate gate, DeployFolder deploy, Path scratch) {
        this.context = context;
        this.gate = gate;
        this.deploy = deploy;
        this.scratch = scratch;
    }

    /**
     * @param fileName the name the admin's file had
     * @param jar its bytes
     * @return where it went
     * @throws PluginRefusedException when it is no partner plugin, or the gate refuses it
     */
    Placed place(String fileName, byte[] jar) {
        Path temporary;
        try {
            Files.createDirectories(scratch);
            temporary = Files.createTempFile(scratch, "upload-", ".jar");
            Files.write(temporary, jar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Attributes headers = DeployFolder.manifest(temporary)
                    .map(Manifest::getMainAttributes)
                    .orElseThrow(() ->
                            refused("Filen er ikke en jar med et manifest.", "The file is not a jar with a manifest."));
            String symbolicName = symbolicName(headers);
            Version version = version(headers);
            String id = headers.getValue(PluginBundles.PLUGIN_HEADER);
            if (id == null || !PluginBundles.PLUGIN_ID.matcher(id.strip()).matches()) {
                throw refused(
                        "Jar'en er ikke et partner-plugin: den mangler en gyldig OS2-Plugin-header.",
                        "The jar is not a partner plugin: it has no valid OS2-Plugin header.");
            }
            for (Bundle bundle : context.getBundles()) {
                if (PluginBundles.isPlatform(bundle) && symbolicName.equals(bundle.getSymbolicName())) {
                    throw refused(
                            "Det symbolske navn " + symbolicName + " tilhører platformen.",
                            "The symbolic name " + symbolicName + " belongs to the platform.");
                }
            }
            Verdict verdict = gate.check(headers::getValue, symbolicName, temporary);
            if (verdict.refused()) {
                throw new PluginRefusedException(verdict.firstBlocking());
            }
            Path target = target(fileName, symbolicName, version);
            DeployFolder.replace(target, temporary, scratch);
            return new Placed(target, symbolicName, version.toString(), headers, verdict);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // a leftover in the scratch folder harms nothing
            }
        }
    }

    private Path target(String fileName, String symbolicName, Version version) {
        for (Bundle bundle : context.getBundles()) {
            if (PluginBundles.isPartner(bundle) && symbolicName.equals(bundle.getSymbolicName())) {
                Optional<Path> jar = DeployFolder.jarOf(bundle).filter(deploy::contains);
                if (jar.isPresent()) {
                    return jar.get();
                }
            }
        }
        String cleaned = fileName == null
                ? ""
                : Path.of(fileName.replace('\\', '/')).getFileName().toString();
        cleaned = cleaned.replaceAll("[^A-Za-z0-9._-]", "_");
        Path named = deploy.folder().resolve(cleaned);
        if (!cleaned.endsWith(".jar") || cleaned.startsWith(".") || Files.exists(named)) {
            named = deploy.folder().resolve(symbolicName + "-" + version + ".jar");
        }
        if (!named.normalize().getParent().equals(deploy.folder().normalize())) {
            throw refused("Filnavnet peger uden for deploy/.", "The file name points outside deploy/.");
        }
        return named;
    }

    private static String symbolicName(Attributes headers) {
        String value = headers.getValue("Bundle-SymbolicName");
        if (value == null || value.isBlank()) {
            throw refused(
                    "Jar'en er ikke et OSGi-bundle: den mangler Bundle-SymbolicName.",
                    "The jar is not an OSGi bundle: it has no Bundle-SymbolicName.");
        }
        String name = value.split(";", 2)[0].strip();
        if (!SYMBOLIC_NAME.matcher(name).matches()) {
            throw refused(
                    "Jar'ens Bundle-SymbolicName er ikke et gyldigt navn (bogstaver, cifre, punktum, bindestreg og understreg).",
                    "The jar's Bundle-SymbolicName is not a valid name (letters, digits, dots, dashes and underscores).");
        }
        return name;
    }

    /** A symbolic name as it may appear in a file name and a REST path: no separators, no "..". */
    private static final java.util.regex.Pattern SYMBOLIC_NAME =
            java.util.regex.Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*");

    private static Version version(Attributes headers) {
        try {
            return Version.parseVersion(headers.getValue("Bundle-Version"));
        } catch (IllegalArgumentException e) {
            throw refused("Bundle-Version er ugyldig.", "The Bundle-Version is not valid.");
        }
    }

    private static PluginRefusedException refused(String da, String en) {
        return new PluginRefusedException(new PluginNotice(NOT_A_PLUGIN, true, da, en));
    }
}
