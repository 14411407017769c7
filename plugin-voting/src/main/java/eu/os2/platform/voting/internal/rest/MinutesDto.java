package eu.os2.platform.voting.internal.rest;

import java.time.LocalDate;

/** An assembly's minutes (stored, or a draft) with their publication and deadline. */
public record MinutesDto(String text, LocalDate publishedOn, LocalDate due, boolean late) {}
