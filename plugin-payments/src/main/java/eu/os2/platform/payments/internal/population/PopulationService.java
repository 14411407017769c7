package eu.os2.platform.payments.internal.population;

import eu.os2.platform.api.payment.TariffVersion;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.payments.internal.model.FeeCalculator;
import eu.os2.platform.payments.internal.model.PopulationCsv;
import eu.os2.platform.payments.internal.model.PopulationFigure;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The facts a fee is indexed and tiered by: the index series and the municipalities' population. */
public interface PopulationService {

    /** @return the index series by year, ascending */
    Map<Integer, BigDecimal> index();

    void setIndex(int year, BigDecimal value, PlatformUser actor);

    List<PopulationFigure> population();

    /** Imports population figures from a CSV text (Danmarks Statistik's export or the platform's own list); all or nothing. */
    PopulationCsv.Result importPopulation(String csv, String source, PlatformUser actor);

    /** @return the fee calculation under a tariff version, with today's index and population */
    FeeCalculator calculator(TariffVersion tariff);
}
