package eu.os2.platform.payments.internal.tariff;

import eu.os2.platform.api.payment.TariffChange;
import eu.os2.platform.api.payment.TariffVersion;
import eu.os2.platform.api.user.PlatformUser;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Versioned tariffs: drafts, adoption by a decision, the version in force. */
public interface TariffService {

    List<TariffVersion> tariffs();

    Optional<TariffVersion> tariff(long id);

    Optional<TariffVersion> tariffInForce(LocalDate date);

    /** @return the version that applies to a year: the one in force on 1 January; refused with {@code year: no-tariff} */
    TariffVersion tariffFor(int year);

    TariffVersion createDraft(TariffChange change, PlatformUser actor);

    TariffVersion updateDraft(long id, long expectedVersion, TariffChange change, PlatformUser actor);

    TariffVersion adopt(long id, long expectedVersion, String decisionRef, PlatformUser actor);

    /** @return the names a tariff may price: the registry's products, or empty without a registry (then any name goes) */
    Optional<List<String>> registeredProducts();
}
