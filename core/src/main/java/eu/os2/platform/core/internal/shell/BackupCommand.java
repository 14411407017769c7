package eu.os2.platform.core.internal.shell;

import eu.os2.platform.api.backup.BackupFile;
import eu.os2.platform.api.backup.PlatformBackup;
import eu.os2.platform.api.user.PlatformUser;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code os2:backup}: an online backup of the embedded database, with what it holds. */
@Service
@Command(
        scope = "os2",
        name = "backup",
        description =
                "Writes an online backup of the embedded database into the backup folder and prints what it holds")
public class BackupCommand implements Action {

    @Reference
    PlatformBackup backups;

    @Reference
    Session session;

    @Override
    public Object execute() {
        try {
            BackupFile file = backups.backup(PlatformUser.shell(session.get("USER")));
            System.out.println(
                    "Backup written: " + file.path() + " (" + file.bytes() + " bytes, SHA-256 " + file.sha256() + ")");
            System.out.print(ConsistencyCommand.describe(file.consistency()));
        } catch (IllegalStateException e) {
            System.out.println("No backup: " + e.getMessage());
        }
        return null;
    }
}
