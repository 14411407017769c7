package eu.example.partner.meetings;

import java.time.LocalDate;

/**
 * A network meeting, as stored.
 *
 * @param id the meeting's number
 * @param title what the meeting is about
 * @param date the day it is held
 * @param place where it is held
 * @param host the organisation that hosts it
 * @param description the agenda, empty when there is none
 * @param version counts the changes to the entry
 */
public record Entry(
        long id, String title, LocalDate date, String place, String host, String description, long version) {}
