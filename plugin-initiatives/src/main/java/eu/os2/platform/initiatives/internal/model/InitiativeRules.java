package eu.os2.platform.initiatives.internal.model;

import eu.os2.platform.api.initiative.Initiative;
import eu.os2.platform.api.initiative.InitiativeChange;
import eu.os2.platform.api.initiative.MilestoneChange;
import eu.os2.platform.api.initiative.NewProgressUpdate;
import eu.os2.platform.api.initiative.PeriodChange;
import eu.os2.platform.api.initiative.StrategyPeriod;
import eu.os2.platform.api.ref.PlatformRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The rules a period, an initiative and a progress update must keep. Each check returns field
 * name → error code in field order, empty when all is well. Codes: {@code required},
 * {@code too-long}, {@code range}, {@code unknown}, {@code before-start}, {@code outside-period},
 * {@code after-period}, {@code future}, {@code too-many}, {@code duplicate},
 * {@code contradicts-status}, {@code open-milestones}, {@code change-with-update},
 * {@code initiatives-outside}.
 */
public final class InitiativeRules {

    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 4000;
    public static final int MAX_MILESTONE_TITLE = 300;
    public static final int MAX_WEIGHT = 1000;
    public static final int MAX_MILESTONES = 50;
    public static final int MAX_LINKS = 20;

    private InitiativeRules() {}

    /** @return the change with text stripped, blank optional text as null */
    public static PeriodChange normalise(PeriodChange c) {
        return new PeriodChange(strip(c.name()), c.from(), c.to(), strip(c.approvedBy()), c.approvedOn());
    }

    /** @return the change with text stripped, blank optional text as null, mission points without repeats */
    public static InitiativeChange normalise(InitiativeChange c) {
        List<MilestoneChange> milestones = new ArrayList<>();
        for (MilestoneChange m : c.milestones()) {
            milestones.add(
                    m == null
                            ? null
                            : new MilestoneChange(
                                    m.id(), strip(m.title()), m.due(), m.weight(), m.progress(), strip(m.status())));
        }
        List<String> missionPoints = new ArrayList<>(new LinkedHashSet<>(
                c.missionPoints().stream().map(InitiativeRules::strip).toList()));
        return new InitiativeChange(
                c.periodId(),
                strip(c.titleDa()),
                strip(c.titleEn()),
                strip(c.descriptionDa()),
                strip(c.descriptionEn()),
                c.ownerOrganisationId(),
                strip(c.responsible()),
                c.start(),
                c.end(),
                c.weight(),
                missionPoints,
                strip(c.status()),
                strip(c.completionNote()),
                milestones,
                links(c.links()));
    }

    /** @return the update with text stripped, blank optional text as null */
    public static NewProgressUpdate normalise(NewProgressUpdate u, LocalDate today) {
        return new NewProgressUpdate(
                u.date() == null ? today : u.date(),
                strip(u.text()),
                strip(u.status()),
                strip(u.completionNote()),
                links(u.links()));
    }

    private static List<PlatformRef> links(List<PlatformRef> links) {
        return new ArrayList<>(
                new LinkedHashSet<>(links.stream().filter(Objects::nonNull).toList()));
    }

    public static Map<String, String> check(PeriodChange c) {
        Map<String, String> errors = new LinkedHashMap<>();
        text(errors, "name", c.name(), true, MAX_TITLE);
        if (c.from() == null) {
            errors.put("from", "required");
        }
        if (c.to() == null) {
            errors.put("to", "required");
        } else if (c.from() != null && !c.to().isAfter(c.from())) {
            errors.put("to", "before-start");
        }
        text(errors, "approvedBy", c.approvedBy(), true, MAX_TITLE);
        if (c.approvedOn() == null) {
            errors.put("approvedOn", "required");
        } else if (c.to() != null && c.approvedOn().isAfter(c.to())) {
            errors.put("approvedOn", "after-period");
        }
        return errors;
    }

    /** @return errors if changing a period's dates would leave initiatives or milestones outside it */
    public static Map<String, String> keepsInside(PeriodChange c, List<Initiative> initiatives) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (c.from() == null || c.to() == null) {
            return errors;
        }
        for (Initiative i : initiatives) {
            boolean outside = !inside(i.start(), c.from(), c.to())
                    || !inside(i.end(), c.from(), c.to())
                    || i.milestones().stream().anyMatch(m -> !inside(m.due(), c.from(), c.to()));
            if (outside) {
                errors.put(
                        i.start().isBefore(c.from())
                                        || i.milestones().stream()
                                                .anyMatch(m -> m.due().isBefore(c.from()))
                                ? "from"
                                : "to",
                        "initiatives-outside");
            }
        }
        return errors;
    }

    /**
     * @param period the period the change names, or null if it does not exist
     * @param statuses the configured statuses
     * @param ownerKnown whether the owner organisation exists (true when none is given)
     * @param ownMilestoneIds the ids of the initiative's current milestones (empty when creating)
     * @param currentStatus the initiative's stored status, or null when creating
     */
    public static Map<String, String> check(
            InitiativeChange c,
            StrategyPeriod period,
            StatusCatalogue statuses,
            boolean ownerKnown,
            Set<Long> ownMilestoneIds,
            String currentStatus) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (period == null) {
            errors.put("periodId", "unknown");
        }
        text(errors, "titleDa", c.titleDa(), true, MAX_TITLE);
        text(errors, "titleEn", c.titleEn(), true, MAX_TITLE);
        text(errors, "descriptionDa", c.descriptionDa(), false, MAX_TEXT);
        text(errors, "descriptionEn", c.descriptionEn(), false, MAX_TEXT);
        if (!ownerKnown) {
            errors.put("ownerOrganisationId", "unknown");
        }
        text(errors, "responsible", c.responsible(), true, MAX_TITLE);
        if (c.start() == null) {
            errors.put("start", "required");
        } else if (period != null && !inside(c.start(), period.from(), period.to())) {
            errors.put("start", "outside-period");
        }
        if (c.end() == null) {
            errors.put("end", "required");
        } else if (c.start() != null && c.end().isBefore(c.start())) {
            errors.put("end", "before-start");
        } else if (period != null && !inside(c.end(), period.from(), period.to())) {
            errors.put("end", "outside-period");
        }
        if (c.weight() < 1 || c.weight() > MAX_WEIGHT) {
            errors.put("weight", "range");
        }
        for (int i = 0; i < c.missionPoints().size(); i++) {
            if (!MissionPoints.known(c.missionPoints().get(i))) {
                errors.put("missionPoints[" + i + "]", "unknown");
            }
        }
        if (c.status() == null) {
            errors.put("status", "required");
        } else if (!statuses.contains(c.status())) {
            errors.put("status", "unknown");
        } else if (currentStatus != null && !currentStatus.equals(c.status())) {
            // a status change is always explained by a dated progress update
            errors.put("status", "change-with-update");
        }
        milestones(errors, c.milestones(), period, statuses, ownMilestoneIds);
        if (c.links().size() > MAX_LINKS) {
            errors.put("links", "too-many");
        }
        if (statuses.find(c.status()).map(s -> s.done()).orElse(false)
                && c.completionNote() == null
                && hasOpenMilestone(c.milestones(), statuses)) {
            errors.put("completionNote", "open-milestones");
        }
        text(errors, "completionNote", c.completionNote(), false, MAX_TEXT);
        return errors;
    }

    /**
     * @param u the normalised update
     * @param initiative the initiative it is posted on
     * @param period the initiative's period
     */
    public static Map<String, String> check(
            NewProgressUpdate u,
            Initiative initiative,
            StrategyPeriod period,
            StatusCatalogue statuses,
            LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (u.date().isAfter(today)) {
            errors.put("date", "future");
        } else if (u.date().isBefore(period.from())) {
            errors.put("date", "outside-period");
        }
        text(errors, "text", u.text(), true, MAX_TEXT);
        if (u.status() != null && !statuses.contains(u.status())) {
            errors.put("status", "unknown");
        }
        boolean becomesDone = u.status() != null
                && statuses.find(u.status()).map(s -> s.done()).orElse(false);
        boolean open = initiative.milestones().stream()
                .anyMatch(m -> !statuses.getOrUnknown(m.status()).done());
        if (becomesDone && open && u.completionNote() == null && initiative.completionNote() == null) {
            errors.put("completionNote", "open-milestones");
        }
        text(errors, "completionNote", u.completionNote(), false, MAX_TEXT);
        if (u.links().size() > MAX_LINKS) {
            errors.put("links", "too-many");
        }
        return errors;
    }

    private static void milestones(
            Map<String, String> errors,
            List<MilestoneChange> milestones,
            StrategyPeriod period,
            StatusCatalogue statuses,
            Set<Long> ownIds) {
        if (milestones.size() > MAX_MILESTONES) {
            errors.put("milestones", "too-many");
            return;
        }
        Set<Long> seen = new LinkedHashSet<>();
        for (int i = 0; i < milestones.size(); i++) {
            String at = "milestones[" + i + "].";
            MilestoneChange m = milestones.get(i);
            if (m == null) {
                errors.put("milestones[" + i + "]", "required");
                continue;
            }
            if (m.id() != null && !ownIds.contains(m.id())) {
                errors.put(at + "id", "unknown");
            } else if (m.id() != null && !seen.add(m.id())) {
                errors.put(at + "id", "duplicate");
            }
            text(errors, at + "title", m.title(), true, MAX_MILESTONE_TITLE);
            if (m.due() == null) {
                errors.put(at + "due", "required");
            } else if (period != null && !inside(m.due(), period.from(), period.to())) {
                errors.put(at + "due", "outside-period");
            }
            if (m.weight() < 1 || m.weight() > MAX_WEIGHT) {
                errors.put(at + "weight", "range");
            }
            if (m.progress() != null && (m.progress() < 0 || m.progress() > 100)) {
                errors.put(at + "progress", "range");
            }
            if (m.status() == null) {
                errors.put(at + "status", "required");
            } else if (!statuses.contains(m.status())) {
                errors.put(at + "status", "unknown");
            } else if (statuses.getOrUnknown(m.status()).done() && m.progress() != null && m.progress() != 100) {
                errors.put(at + "progress", "contradicts-status");
            }
        }
    }

    private static boolean hasOpenMilestone(List<MilestoneChange> milestones, StatusCatalogue statuses) {
        return milestones.stream()
                .anyMatch(m -> m != null && !statuses.getOrUnknown(m.status()).done());
    }

    static boolean inside(LocalDate date, LocalDate from, LocalDate to) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    private static void text(Map<String, String> errors, String field, String value, boolean required, int max) {
        if (value == null) {
            if (required) {
                errors.put(field, "required");
            }
        } else if (value.length() > max) {
            errors.put(field, "too-long");
        }
    }

    private static String strip(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
