package eu.os2.platform.voting.internal.model;

/** A counted ballot on the public bulletin board: its receipt and choice, no organisation. */
public record BoardEntry(String receipt, String choice) {}
