package ${package}.internal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import ${package}.Entry;
import ${package}.EntryService;
import ${package}.NewEntry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code ${pluginId}:list} prints a table of the service's entries. */
class ListCommandTest {

    @Test
    void printsOneRowPerEntry() throws Exception {
        ListCommand command = new ListCommand();
        command.entries = new EntryService() {
            @Override
            public List<Entry> entries() {
                return List.of(new Entry(7, "Netværksmøde", LocalDate.of(2026, 3, 12), "", 0));
            }

            @Override
            public Optional<Entry> entry(long id) {
                return Optional.empty();
            }

            @Override
            public Entry create(NewEntry entry, String actor) {
                throw new UnsupportedOperationException();
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream console = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            command.execute();
        } finally {
            System.setOut(console);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Id", "Title", "7", "2026-03-12", "Netværksmøde");
    }
}
