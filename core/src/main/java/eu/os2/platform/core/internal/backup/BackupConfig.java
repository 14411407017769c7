package eu.os2.platform.core.internal.backup;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration {@value #PID} ({@code etc/eu.os2.platform.backup.cfg}). */
@ObjectClassDefinition(name = "OS2 platform backups", description = "Where online backups of the embedded database go")
public @interface BackupConfig {

    String PID = "eu.os2.platform.backup";

    @AttributeDefinition(
            description = "Folder for backup files; empty: backups/ under the platform's data folder (karaf.data)")
    String folder() default "";
}
