package eu.os2.platform.initiatives.internal.rest;

import eu.os2.platform.api.initiative.Initiative;
import eu.os2.platform.api.initiative.InitiativeStatus;
import eu.os2.platform.api.initiative.MissionPoint;
import eu.os2.platform.api.initiative.StrategyPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the public strategy page shows to anyone: the period, each initiative's titles,
 * descriptions, status, progress and milestones. Not the responsible persons, the timeline or the
 * history: those are for signed-in members.
 */
public record PublicStrategy(
        StrategyPeriod period,
        List<Item> initiatives,
        List<InitiativeStatus> statuses,
        List<MissionPoint> missionPoints) {

    public record Item(
            long id,
            String titleDa,
            String titleEn,
            String descriptionDa,
            String descriptionEn,
            LocalDate start,
            LocalDate end,
            int weight,
            List<String> missionPoints,
            String status,
            BigDecimal progress,
            List<Step> milestones) {}

    public record Step(String title, LocalDate due, int progress, String status) {}

    static Item of(Initiative i) {
        return new Item(
                i.id(),
                i.titleDa(),
                i.titleEn(),
                i.descriptionDa(),
                i.descriptionEn(),
                i.start(),
                i.end(),
                i.weight(),
                i.missionPoints(),
                i.status(),
                i.progress(),
                i.milestones().stream()
                        .map(m -> new Step(m.title(), m.due(), m.progress(), m.status()))
                        .toList());
    }
}
