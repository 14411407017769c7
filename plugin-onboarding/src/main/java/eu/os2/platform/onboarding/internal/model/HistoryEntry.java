package eu.os2.platform.onboarding.internal.model;

import java.time.Instant;

/**
 * One entry in a product's history: a step, a gate exception, a level decision, an assessment step, an import.
 *
 * @param at when
 * @param actor who (username)
 * @param kind STEP, EXCEPTION, LEVEL, ASSESSMENT or IMPORT
 * @param text what happened; codes of steps and levels as the shell and REST give them
 */
public record HistoryEntry(Instant at, String actor, String kind, String text) {}
