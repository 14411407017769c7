package eu.os2.platform.api.payment;

/**
 * A member's payment standing as the secretariat records it.
 *
 * @since 0.1.0
 */
public enum PaymentStanding {
    /** Everything due is paid. */
    PAID,
    /** An invoice is past its due date. */
    OVERDUE,
    /** A reminder has been sent. */
    REMINDED,
    /** Not paid after a reminder: the statutes treat the member as withdrawn. */
    UNPAID_AFTER_REMINDER;

    /** @return whether the statutes treat a member with this standing as withdrawn */
    public boolean treatedAsWithdrawn() {
        return this == UNPAID_AFTER_REMINDER;
    }
}
