package eu.os2.platform.core.internal.shell;

import eu.os2.platform.api.audit.AuditLog;
import eu.os2.platform.api.audit.AuditVerification;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code os2:audit-verify}: re-computes the audit log's hash chain. */
@Service
@Command(scope = "os2", name = "audit-verify", description = "Checks that no audit log entry was changed or removed")
public class AuditVerifyCommand implements Action {

    @Reference
    AuditLog audit;

    @Override
    public Object execute() {
        AuditVerification result = audit.verify();
        if (result.valid()) {
            return "Audit log intact: " + result.entriesChecked() + " entries checked.";
        }
        return "AUDIT LOG BROKEN at entry " + result.firstBrokenSequence() + ": " + result.reason() + " ("
                + result.entriesChecked() + " entries read)";
    }
}
