package eu.os2.platform.payments.internal.model;

/**
 * A municipality's inhabitants on 1 January of a year.
 *
 * @param municipalityCode the kommunekode
 * @param year the year whose 1 January the figure is for
 * @param inhabitants the population
 */
public record PopulationFigure(int municipalityCode, int year, long inhabitants) {}
