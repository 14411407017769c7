package eu.os2.platform.pluginhost.internal.console;

import eu.os2.platform.api.console.ConsoleContribution;
import eu.os2.platform.api.user.Role;
import org.osgi.service.component.annotations.Component;

/**
 * The partner catalogue for every signed-in user: each partner plugin with its organisation,
 * version, compatibility, trust and health. Its module is served with the Partner plugins page's.
 */
@Component(service = ConsoleContribution.class)
public class PluginCataloguePage implements ConsoleContribution {

    @Override
    public String id() {
        return "plugin-catalogue";
    }

    @Override
    public String titleDa() {
        return "Katalog";
    }

    @Override
    public String titleEn() {
        return "Catalogue";
    }

    @Override
    public int menuOrder() {
        return 890;
    }

    @Override
    public String pageModule() {
        return PartnerPluginsPage.MODULES + "catalogue.js";
    }

    /** @return null: any signed-in user */
    @Override
    public Role requiredRole() {
        return null;
    }
}
