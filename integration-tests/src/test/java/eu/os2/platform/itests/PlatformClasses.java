package eu.os2.platform.itests;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Optional;

/**
 * The platform bundles' classes as the tests on the shape of the platform read them: from the
 * bundles' class files on the test class path (their own dependencies need not be there).
 */
final class PlatformClasses {

    private PlatformClasses() {}

    /** @return the main classes of the named bundles (module names such as {@code plugin-payments}) */
    static List<JavaClass> of(List<String> bundles) {
        return new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("eu.os2.platform")
                        .stream()
                        .filter(c -> bundleOf(c, bundles).isPresent())
                        .toList();
    }

    /** @return the bundle a class was read from, by its jar ({@code <name>-<version>.jar}) or its module's target/classes */
    static Optional<String> bundleOf(JavaClass type, List<String> bundles) {
        return type.getSource()
                .map(source -> source.getUri().toString())
                .flatMap(uri -> bundles.stream()
                        .filter(b -> uri.matches(".*/" + b + "-\\d[^/]*\\.jar!.*")
                                || uri.contains("/" + b + "/target/classes/"))
                        .findFirst());
    }
}
