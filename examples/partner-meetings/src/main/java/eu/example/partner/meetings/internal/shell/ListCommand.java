package eu.example.partner.meetings.internal.shell;

import eu.example.partner.meetings.Entry;
import eu.example.partner.meetings.EntryService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code meetings:list}: every network meeting, the latest date first. */
@Service
@Command(scope = "meetings", name = "list", description = "Lists the entries of Netværksmøder")
public class ListCommand implements Action {

    @Reference
    EntryService entries;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Id").alignRight();
        table.column("Date");
        table.column("Title");
        table.column("Place");
        table.column("Host");
        for (Entry entry : entries.entries()) {
            table.addRow().addContent(entry.id(), entry.date(), entry.title(), entry.place(), entry.host());
        }
        table.print(System.out);
        return null;
    }
}
