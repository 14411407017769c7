package eu.os2.platform.web.internal.rest;

import eu.os2.platform.api.message.Language;
import eu.os2.platform.api.message.MessageKind;
import eu.os2.platform.api.message.MessagePreferences;
import eu.os2.platform.api.message.MessageSettings;
import eu.os2.platform.api.rest.Access;
import eu.os2.platform.api.rest.PlatformRest;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.validation.ValidationException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The signed-in person's own settings at {@code /api/v1/me}: the language messages and documents
 * are written in, and which kinds of message they receive (a required kind cannot be switched off).
 */
@Component(service = MeResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    /** A kind of message and whether the person receives it. */
    public record KindSetting(String code, String titleDa, String titleEn, boolean required, boolean on) {}

    /** The person's message settings as the console shows them. */
    public record MessagesView(String language, List<KindSetting> kinds) {}

    /** A change of the settings: {@code language} "da" or "en", the kinds switched off. */
    public record MessagesRequest(String language, List<String> switchedOff) {}

    private final MessagePreferences preferences;

    @Activate
    public MeResource(@Reference MessagePreferences preferences) {
        this.preferences = preferences;
    }

    @GET
    @Path("messages")
    @RolesAllowed(Access.SIGNED_IN)
    public MessagesView messages(@Context SecurityContext security) {
        return view(preferences.settings(user(security).id()));
    }

    @PUT
    @Path("messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.SIGNED_IN)
    public MessagesView change(MessagesRequest request, @Context SecurityContext security) {
        if (request == null) {
            throw new ValidationException(Map.of("body", "required"));
        }
        Language language;
        if (request.language() == null || request.language().isBlank()) {
            throw new ValidationException(Map.of("language", "required"));
        }
        try {
            language = Language.fromCode(request.language());
        } catch (IllegalArgumentException e) {
            throw new ValidationException(Map.of("language", "unknown"));
        }
        Set<String> off = new LinkedHashSet<>();
        for (String code : request.switchedOff() == null ? List.<String>of() : request.switchedOff()) {
            if (code == null || code.isBlank()) {
                throw new ValidationException(Map.of("switchedOff", "format"));
            }
            off.add(code.strip());
        }
        Map<String, MessageKind> kinds = kindsByCode();
        for (String code : off) {
            MessageKind kind = kinds.get(code);
            if (kind == null) {
                throw new ValidationException(Map.of("switchedOff", "unknown"));
            }
            if (kind.required()) {
                throw new ValidationException(Map.of("switchedOff", "required"));
            }
        }
        return view(preferences.change(user(security), new MessageSettings(language, off)));
    }

    private Map<String, MessageKind> kindsByCode() {
        Map<String, MessageKind> byCode = new HashMap<>();
        preferences.kinds().forEach(k -> byCode.put(k.code(), k));
        return byCode;
    }

    private MessagesView view(MessageSettings settings) {
        List<KindSetting> kinds = preferences.kinds().stream()
                .map(k -> new KindSetting(
                        k.code(),
                        k.titleDa(),
                        k.titleEn(),
                        k.required(),
                        k.required() || !settings.switchedOff().contains(k.code())))
                .toList();
        return new MessagesView(settings.language().code(), kinds);
    }

    private static PlatformUser user(SecurityContext security) {
        return (PlatformUser) security.getUserPrincipal();
    }
}
