package ${package};

import java.time.LocalDate;

/**
 * What a user fills in to add an entry; {@link EntryService#create} checks it.
 *
 * @param title required, at most {@value EntryService#MAX_TITLE} characters
 * @param date required
 * @param description optional, at most {@value EntryService#MAX_DESCRIPTION} characters
 */
public record NewEntry(String title, LocalDate date, String description) {}
