package eu.os2.platform.voting.internal.model;

/**
 * A choice on a ballot: an option or, in an election, a candidate.
 *
 * @param id short id, unique in the ballot (letters, digits, '-')
 * @param label what voters see, e.g. the candidate's name
 * @param organisationId for a candidate, the organisation they come from; else null
 */
public record Option(String id, String label, Long organisationId) {}
