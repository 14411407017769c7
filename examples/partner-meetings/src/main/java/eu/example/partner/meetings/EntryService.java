package eu.example.partner.meetings;

import java.util.List;
import java.util.Optional;

/** The network meetings: read by every signed-in user, announced by the secretariat. */
public interface EntryService {

    /** The longest title, place and host. */
    int MAX_TITLE = 200;

    /** The longest description. */
    int MAX_DESCRIPTION = 4000;

    /** @return every meeting, the latest date first */
    List<Entry> entries();

    /** @return the entry, empty when there is none with that id */
    Optional<Entry> entry(long id);

    /**
     * Stores a new entry and appends its audit entry before the change commits: when the audit log
     * refuses, nothing is stored.
     *
     * @param actor the username of the person adding it
     * @return the stored entry
     * @throws eu.os2.platform.api.validation.ValidationException naming each field in error
     */
    Entry create(NewEntry entry, String actor);
}
