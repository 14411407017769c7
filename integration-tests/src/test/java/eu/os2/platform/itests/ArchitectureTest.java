package eu.os2.platform.itests;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape every platform bundle keeps, read from the bundles' class files: implementations stay
 * behind their interfaces, SQL stays in the stores, and a plugin depends on nothing of the
 * platform but core-api — the same contract a partner bundle has.
 */
class ArchitectureTest {

    private static final List<String> BUNDLES = List.of(
            "core",
            "web-console",
            "plugin-initiatives",
            "plugin-payments",
            "plugin-voting",
            "plugin-onboarding",
            "plugin-host",
            "partner-hello");
    private static final Pattern PLUGIN =
            Pattern.compile("eu\\.os2\\.platform\\.(initiatives|payments|voting|onboarding|pluginhost)(\\..*)?");

    private static List<JavaClass> classes;

    @BeforeAll
    static void importBundles() {
        classes = PlatformClasses.of(BUNDLES);
        assertThat(classes.stream()
                        .map(c -> PlatformClasses.bundleOf(c, BUNDLES).orElseThrow())
                        .distinct())
                .containsExactlyInAnyOrderElementsOf(BUNDLES);
    }

    @Test
    void anImplementationIsUsedOnlyInItsOwnPackage() {
        TreeSet<String> violations = new TreeSet<>();
        for (JavaClass type : classes) {
            for (Dependency d : type.getDirectDependenciesFromSelf()) {
                JavaClass target = d.getTargetClass();
                if (target.getSimpleName().endsWith("Impl")
                        && target.getName().startsWith("eu.os2.platform.")
                        && !target.getPackageName().equals(type.getPackageName())) {
                    violations.add(type.getName() + " -> " + target.getName());
                }
            }
        }
        assertThat(violations)
                .as("references to an *Impl class from another package: inject its interface")
                .isEmpty();
    }

    @Test
    void sqlStaysInTheStores() {
        TreeSet<String> violations = new TreeSet<>();
        for (JavaClass type : classes) {
            if (mayUseSql(type)) {
                continue;
            }
            for (Dependency d : type.getDirectDependenciesFromSelf()) {
                if (d.getTargetClass().getPackageName().equals("java.sql")) {
                    violations.add(type.getName() + " -> " + d.getTargetClass().getName());
                }
            }
        }
        assertThat(violations).as("java.sql outside the store packages").isEmpty();
    }

    /**
     * A bundle's stores live in its {@code internal.store} package; core's storage is its storage,
     * session, audit and member packages and the classes named {@code *Store}.
     */
    private static boolean mayUseSql(JavaClass type) {
        String name = type.getName();
        if (type.getPackageName().contains(".internal.store")) {
            return true;
        }
        if (PLUGIN.matcher(name).matches()) {
            return type.getPackageName().contains(".internal.store");
        }
        if (name.startsWith("eu.os2.platform.core.")) {
            return type.getPackageName()
                            .matches("eu\\.os2\\.platform\\.core\\.internal\\.(storage|session|audit|member)(\\..*)?")
                    || outer(type).getSimpleName().endsWith("Store");
        }
        return false;
    }

    private static JavaClass outer(JavaClass type) {
        JavaClass outer = type;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }

    @Test
    void aPluginDependsOnNothingOfThePlatformButCoreApi() {
        TreeSet<String> violations = new TreeSet<>();
        for (JavaClass type : classes) {
            Matcher own = PLUGIN.matcher(type.getName());
            if (!own.matches() && !type.getName().startsWith("eu.os2.platform.examples.")) {
                continue;
            }
            String ownRoot = own.matches() ? "eu.os2.platform." + own.group(1) : "eu.os2.platform.examples";
            for (Dependency d : type.getDirectDependenciesFromSelf()) {
                String target = d.getTargetClass().getName();
                if (target.startsWith("eu.os2.platform.")
                        && !target.startsWith("eu.os2.platform.api.")
                        && !target.startsWith(ownRoot + ".")) {
                    violations.add(type.getName() + " -> " + target);
                }
            }
        }
        assertThat(violations)
                .as("a plugin reaching into another bundle than core-api")
                .isEmpty();
    }
}
