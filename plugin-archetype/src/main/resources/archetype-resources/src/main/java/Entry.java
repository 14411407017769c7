package ${package};

import java.time.LocalDate;

/**
 * One entry of ${pluginTitle}, as stored.
 *
 * @param id the entry's number
 * @param title what the entry is called
 * @param date the day it concerns
 * @param description a longer description, empty when there is none
 * @param version counts the changes to the entry
 */
public record Entry(long id, String title, LocalDate date, String description, long version) {}
