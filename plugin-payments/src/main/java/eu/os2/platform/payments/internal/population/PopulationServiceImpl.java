package eu.os2.platform.payments.internal.population;

import eu.os2.platform.api.audit.AuditLog;
import eu.os2.platform.api.payment.TariffVersion;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.validation.ValidationException;
import eu.os2.platform.payments.internal.model.Decimals;
import eu.os2.platform.payments.internal.model.FeeCalculator;
import eu.os2.platform.payments.internal.model.Population;
import eu.os2.platform.payments.internal.model.PopulationCsv;
import eu.os2.platform.payments.internal.model.PopulationFigure;
import eu.os2.platform.payments.internal.store.FactStore;
import eu.os2.platform.payments.internal.store.PaymentTables;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The index series and population figures, audited. */
@Component(service = PopulationService.class)
public class PopulationServiceImpl implements PopulationService {

    private final PaymentTables tables;
    private final FactStore store;
    private final AuditLog audit;

    @Activate
    public PopulationServiceImpl(@Reference PaymentTables tables, @Reference AuditLog audit) {
        this.tables = tables;
        this.store = tables.facts();
        this.audit = audit;
    }

    @Override
    public Map<Integer, BigDecimal> index() {
        return store.index();
    }

    @Override
    public void setIndex(int year, BigDecimal value, PlatformUser actor) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (year < 2000 || year > 2100) {
            errors.put("year", "out-of-range");
        }
        if (value == null) {
            errors.put("value", "required");
        } else if (value.signum() <= 0
                || value.compareTo(BigDecimal.valueOf(100_000)) >= 0
                || value.stripTrailingZeros().scale() > 4) {
            errors.put("value", "out-of-range");
        }
        ValidationException.throwIfAny(errors);
        tables.transaction(() -> {
            BigDecimal before = store.index().get(year);
            store.putIndex(year, value, actor.username());
            audit.appendChange(
                    actor.username(),
                    "payments.index.set",
                    "index",
                    Integer.toString(year),
                    Decimals.plain(before),
                    Decimals.plain(value));
            return null;
        });
    }

    @Override
    public List<PopulationFigure> population() {
        return store.population();
    }

    @Override
    public PopulationCsv.Result importPopulation(String csv, String source, PlatformUser actor) {
        PopulationCsv.Result result = PopulationCsv.parse(csv);
        String from = source == null || source.isBlank() ? "upload" : source.strip();
        if (from.length() > 200) {
            throw new ValidationException(Map.of("source", "too-long"));
        }
        Map<Integer, Long> perYear = result.figures().stream()
                .collect(Collectors.groupingBy(PopulationFigure::year, TreeMap::new, Collectors.counting()));
        return tables.transaction(() -> {
            store.putPopulation(result.figures(), from);
            audit.appendChange(
                    actor.username(),
                    "payments.population.import",
                    "population",
                    from,
                    null,
                    Map.of("figuresPerYear", perYear, "skipped", result.skipped()));
            return result;
        });
    }

    @Override
    public FeeCalculator calculator(TariffVersion tariff) {
        return new FeeCalculator(tariff, store.index(), Population.of(store.population()));
    }
}
