package eu.os2.platform.payments.internal.standing;

import eu.os2.platform.api.payment.PaymentStandingService;
import eu.os2.platform.api.payment.StandingRecord;
import java.util.Map;

/** Payment standing: core-api's contract, and every organisation's latest standing for the secretariat's overview. */
public interface StandingService extends PaymentStandingService {

    /** @return every organisation's latest standing */
    Map<Long, StandingRecord> currentStandings();
}
