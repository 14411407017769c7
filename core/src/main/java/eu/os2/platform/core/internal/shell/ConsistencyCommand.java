package eu.os2.platform.core.internal.shell;

import eu.os2.platform.api.backup.Consistency;
import eu.os2.platform.api.backup.PlatformBackup;
import java.util.Map;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code os2:consistency}: the audit chain and the rows per table, to compare a restored copy with its backup. */
@Service
@Command(
        scope = "os2",
        name = "consistency",
        description =
                "Re-computes the audit chain and counts the rows of each table, to compare a restore with its backup")
public class ConsistencyCommand implements Action {

    @Reference
    PlatformBackup backups;

    @Override
    public Object execute() {
        System.out.print(describe(backups.check()));
        return null;
    }

    static String describe(Consistency c) {
        StringBuilder text = new StringBuilder()
                .append("Audit chain: ")
                .append(c.auditIntact() ? "intact" : "BROKEN")
                .append(", ")
                .append(c.auditEntries())
                .append(" entries, head ")
                .append(c.auditHead() == null ? "(none)" : c.auditHead())
                .append(System.lineSeparator());
        for (Map.Entry<String, Long> table : c.rows().entrySet()) {
            text.append(String.format("  %-40s %10d%n", table.getKey(), table.getValue()));
        }
        return text.toString();
    }
}
