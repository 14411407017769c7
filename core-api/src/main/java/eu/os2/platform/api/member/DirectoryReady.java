package eu.os2.platform.api.member;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A service present once the demo member directory is in place. Demo data of other bundles
 * references it, so Declarative Services activates their demo components when, and only when, the
 * organisations they need exist — no polling. Outside demo mode it is registered at once, so that
 * those components activate, read that demo mode is off and do nothing.
 *
 * @since 0.2.0
 */
@ProviderType
public interface DirectoryReady {

    /** @return how many organisations the directory held when it was announced */
    long organisations();
}
