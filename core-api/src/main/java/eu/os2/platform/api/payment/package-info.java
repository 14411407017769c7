/**
 * OS2's payment model: versioned tariffs decided by the general assembly, product subscriptions,
 * yearly invoices and credit notes, and each member's payment standing.
 *
 * <p>{@link eu.os2.platform.api.payment.PaymentService} is implemented by the payments plugin;
 * {@link eu.os2.platform.api.payment.PaymentStandingService} answers whether a member is treated
 * as withdrawn because it has not paid after a reminder (the statutes), which the voting plugin
 * reads. All amounts are {@link eu.os2.platform.api.money.Money}.
 *
 * @since 0.1.0
 */
@Export
@Version("0.1.0")
package eu.os2.platform.api.payment;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
