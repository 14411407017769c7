package eu.os2.platform.web.internal.rest;

import eu.os2.platform.api.rest.PlatformRest;
import javax.ws.rs.core.Application;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * The platform's JAX-RS application at {@code /api/v1}. The platform's resources join it by
 * selecting its name; its extensions (login, CSRF check, JSON, problem+json, request limits) select
 * every application with {@link PlatformRest#EXTENSIONS_PROPERTY}, this one and each partner
 * plugin's ({@link PluginApplications}).
 */
@Component(service = Application.class, property = PlatformRest.EXTENSIONS_PROPERTY + "=true")
@JaxrsName(PlatformRest.APPLICATION_NAME)
@JaxrsApplicationBase(PlatformRest.APPLICATION_BASE)
public class PlatformApplication extends Application {}
