package eu.os2.platform.web.internal.rest;

import eu.os2.platform.api.backup.BackupFile;
import eu.os2.platform.api.backup.Consistency;
import eu.os2.platform.api.backup.PlatformBackup;
import eu.os2.platform.api.rest.Access;
import eu.os2.platform.api.rest.ApiProblem;
import eu.os2.platform.api.rest.PlatformRest;
import eu.os2.platform.api.user.PlatformUser;
import java.util.Map;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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
 * Backups for administrators at {@code /api/v1/admin}: {@code POST backup} writes an online backup
 * of the embedded database on the platform's machine and answers with the file and what it holds;
 * {@code GET consistency} gives the same figures for the running database, to compare a restored
 * platform with its backup.
 */
@Component(service = BackupResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
public class BackupResource {

    private final PlatformBackup backups;

    @Activate
    public BackupResource(@Reference PlatformBackup backups) {
        this.backups = backups;
    }

    @POST
    @Path("backup")
    @RolesAllowed(Access.ADMIN)
    public BackupFile backup(@Context SecurityContext security) {
        try {
            return backups.backup((PlatformUser) security.getUserPrincipal());
        } catch (IllegalStateException e) {
            throw new ApiProblem(409, "backup-unavailable", "No backup was written", e.getMessage(), Map.of());
        }
    }

    @GET
    @Path("consistency")
    @RolesAllowed(Access.ADMIN)
    public Consistency consistency() {
        return backups.check();
    }
}
