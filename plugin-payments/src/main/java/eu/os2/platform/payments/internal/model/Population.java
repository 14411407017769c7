package eu.os2.platform.payments.internal.model;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The population series per municipality, as imported. */
public final class Population {

    private final Map<Integer, TreeMap<Integer, Long>> series = new HashMap<>();

    /** @return the series holding these figures */
    public static Population of(Collection<PopulationFigure> figures) {
        Population population = new Population();
        figures.forEach(f -> population
                .series
                .computeIfAbsent(f.municipalityCode(), c -> new TreeMap<>())
                .put(f.year(), f.inhabitants()));
        return population;
    }

    /** @return the figure for 1 January of the year, or else the newest earlier one */
    public Optional<PopulationFigure> onOrBefore(int municipalityCode, int year) {
        TreeMap<Integer, Long> years = series.get(municipalityCode);
        if (years == null) {
            return Optional.empty();
        }
        Map.Entry<Integer, Long> e = years.floorEntry(year);
        return e == null
                ? Optional.empty()
                : Optional.of(new PopulationFigure(municipalityCode, e.getKey(), e.getValue()));
    }
}
