package eu.os2.platform.api.initiative;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A strategy period agreed by a general assembly.
 *
 * @param id platform id
 * @param name e.g. "Strategi 2022–2025"
 * @param from first day
 * @param to last day
 * @param approvedBy the approving assembly, e.g. "Generalforsamlingen 2022"
 * @param approvedOn the day it was approved
 * @param progress the initiatives' progress weighted by their weight, 0.0–100.0, one decimal;
 *     0.0 for a period without initiatives
 * @param version the optimistic-locking version (the ETag)
 * @since 0.1.0
 */
public record StrategyPeriod(
        long id,
        String name,
        LocalDate from,
        LocalDate to,
        String approvedBy,
        LocalDate approvedOn,
        BigDecimal progress,
        long version) {}
