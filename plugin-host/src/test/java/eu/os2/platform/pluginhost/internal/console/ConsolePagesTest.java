package eu.os2.platform.pluginhost.internal.console;

import static org.assertj.core.api.Assertions.assertThat;

import eu.os2.platform.api.console.ConsoleContribution;
import eu.os2.platform.api.user.Role;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ConsolePagesTest {

    @Test
    void thePartnerPluginsPageIsForAdministratorsAndTheCatalogueForEveryoneSignedIn() {
        ConsoleContribution admin = new PartnerPluginsPage();
        ConsoleContribution catalogue = new PluginCataloguePage();

        assertThat(admin.requiredRole()).isEqualTo(Role.ADMIN);
        assertThat(catalogue.requiredRole()).isNull();
        assertThat(List.of(admin.titleDa(), admin.titleEn())).containsExactly("Partnerplugins", "Partner plugins");
        assertThat(List.of(catalogue.titleDa(), catalogue.titleEn())).containsExactly("Katalog", "Catalogue");
        assertThat(admin.id()).matches("[a-z0-9-]+").isNotEqualTo(catalogue.id());
        assertThat(catalogue.id()).matches("[a-z0-9-]+");
    }

    /** Each module the menu names is in the bundle where the whiteboard serves it from (the page's resource prefix), with what it imports. */
    @Test
    void everyPageModuleAndWhatItImportsIsServedByTheBundle() throws IOException {
        for (ConsoleContribution page : List.of(new PartnerPluginsPage(), new PluginCataloguePage())) {
            String module = page.pageModule();
            assertThat(module).startsWith(PartnerPluginsPage.MODULES);
            String source = served(module);
            assertThat(source).contains("export async function render(root, ctx)");
            assertThat(source).doesNotContain("innerHTML");
            Matcher imports = Pattern.compile("from '\\./([^']+)'").matcher(source);
            while (imports.find()) {
                assertThat(served(PartnerPluginsPage.MODULES + imports.group(1)))
                        .isNotEmpty();
            }
        }
        assertThat(served(PartnerPluginsPage.MODULES + "plugins.css")).contains(".os2-table-wrap");
    }

    /** The Danish and English texts have the same keys, so no text is missing in either language. */
    @Test
    void theTextsHaveTheSameKeysInDanishAndEnglish() throws IOException {
        String texts = served(PartnerPluginsPage.MODULES + "texts.js");
        int da = texts.indexOf("  da: {");
        int en = texts.indexOf("  en: {");
        int end = texts.indexOf("\n};", en);
        assertThat(da).isPositive();
        assertThat(en).isGreaterThan(da);
        List<String> danish = keys(texts.substring(da + "  da: {".length(), en));
        assertThat(danish).contains("title", "trustLabel", "allow-listed", "member-representative", "catalogueNone");
        assertThat(keys(texts.substring(en + "  en: {".length(), end))).isEqualTo(danish);
    }

    /** @return the keys of an object literal, in order: quoted keys unquoted, then every string left out */
    private static List<String> keys(String block) {
        String code = block.replaceAll("'([A-Za-z-]+)':", "$1:")
                .replaceAll("'(?:[^'\\\\]|\\\\.)*'", "''")
                .replaceAll("`[^`]*`", "''");
        Matcher key = Pattern.compile("([A-Za-z][A-Za-z-]*):").matcher(code);
        List<String> keys = new ArrayList<>();
        while (key.find()) {
            keys.add(key.group(1));
        }
        return keys;
    }

    private static String served(String path) throws IOException {
        String resource = PartnerPluginsPage.RESOURCES + "/" + path.substring(PartnerPluginsPage.MODULES.length());
        try (InputStream in = ConsolePagesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
