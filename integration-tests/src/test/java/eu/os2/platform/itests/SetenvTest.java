package eu.os2.platform.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Pax Exam containers run the platform's JVM as {@code bin/setenv} sets it up for an admin:
 * {@link Distribution#SETENV_FLAGS} (with the zip flag of {@link Distribution#JPMS_FLAGS}) are the
 * flags {@code bin/setenv} gives by default, no more and no fewer.
 */
class SetenvTest {

    private static final Path SETENV = Path.of("../karaf-distribution/assembly/src/main/resources/assembly/bin/setenv");

    @Test
    void paxExamContainersGetTheFlagsOfBinSetenv() throws Exception {
        String script = Files.readString(SETENV);
        String zipFlag = "-Djdk.util.zip.disableZip64ExtraFieldValidation=true";
        assertThat(defaultsUsed(script))
                .containsExactlyInAnyOrderElementsOf(
                        Stream.concat(Stream.of(Distribution.SETENV_FLAGS), Stream.of(zipFlag))
                                .toList());
        assertThat(Distribution.JPMS_FLAGS).contains(zipFlag);
    }

    /** @return the flags of the script's {@code EXTRA_JAVA_OPTS}, with each variable at its default */
    private static List<String> defaultsUsed(String script) {
        Matcher export = Pattern.compile("export EXTRA_JAVA_OPTS=\"([^\"]*)\"").matcher(script);
        assertThat(export.find()).as("bin/setenv exports EXTRA_JAVA_OPTS").isTrue();
        String flags = export.group(1).replace("\\\n", " ").replace("${EXTRA_JAVA_OPTS}", "");
        Matcher variable = Pattern.compile("\\$\\{(\\w+)}").matcher(flags);
        StringBuilder resolved = new StringBuilder();
        while (variable.find()) {
            variable.appendReplacement(resolved, Matcher.quoteReplacement(defaultOf(script, variable.group(1))));
        }
        variable.appendTail(resolved);
        return Arrays.stream(resolved.toString().trim().split("\\s+"))
                .filter(flag -> !flag.isEmpty())
                .toList();
    }

    /** @return what {@code NAME=${NAME:-value}} or {@code NAME="value"} first sets the variable to */
    private static String defaultOf(String script, String name) {
        Matcher withDefault = Pattern.compile("(?m)^" + name + "=\\$\\{" + name + ":-([^}]*)}")
                .matcher(script);
        if (withDefault.find()) {
            return withDefault.group(1);
        }
        Matcher plain = Pattern.compile("(?m)^" + name + "=\"([^\"]*)\"").matcher(script);
        assertThat(plain.find()).as("bin/setenv sets %s", name).isTrue();
        return plain.group(1);
    }
}
