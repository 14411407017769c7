package eu.example.partner.meetings;

import java.time.LocalDate;

/**
 * What a user fills in to announce a meeting; {@link EntryService#create} checks it.
 *
 * @param title required, at most {@value EntryService#MAX_TITLE} characters
 * @param date required
 * @param place required, at most {@value EntryService#MAX_TITLE} characters
 * @param host the hosting organisation, required, at most {@value EntryService#MAX_TITLE} characters
 * @param description optional, at most {@value EntryService#MAX_DESCRIPTION} characters
 */
public record NewEntry(String title, LocalDate date, String place, String host, String description) {}
