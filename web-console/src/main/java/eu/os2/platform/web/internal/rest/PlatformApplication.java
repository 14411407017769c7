package eu.os2.platform.web.internal.rest;

import eu.os2.platform.api.rest.PlatformRest;
import javax.ws.rs.core.Application;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/** The platform's one JAX-RS application. Resources and extensions join it by selecting its name. */
@Component(service = Application.class)
@JaxrsName(PlatformRest.APPLICATION_NAME)
@JaxrsApplicationBase(PlatformRest.APPLICATION_BASE)
public class PlatformApplication extends Application {}
