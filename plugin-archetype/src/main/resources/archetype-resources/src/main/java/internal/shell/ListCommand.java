package ${package}.internal.shell;

import ${package}.Entry;
import ${package}.EntryService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code ${pluginId}:list}: every entry, the latest date first. */
@Service
@Command(scope = "${pluginId}", name = "list", description = "Lists the entries of ${pluginTitle}")
public class ListCommand implements Action {

    @Reference
    EntryService entries;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Id").alignRight();
        table.column("Date");
        table.column("Title");
        for (Entry entry : entries.entries()) {
            table.addRow().addContent(entry.id(), entry.date(), entry.title());
        }
        table.print(System.out);
        return null;
    }
}
