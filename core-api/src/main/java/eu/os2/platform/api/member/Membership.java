package eu.os2.platform.api.member;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An organisation's membership of OS2 (or, for a supplier partner, its partner agreement).
 *
 * @param joined the date the membership or agreement took effect (Europe/Copenhagen calendar date)
 * @param status the membership's current status
 * @since 0.1.0
 */
public record Membership(LocalDate joined, MembershipStatus status) {

    /** @throws NullPointerException if an argument is null */
    public Membership {
        Objects.requireNonNull(joined, "joined");
        Objects.requireNonNull(status, "status");
    }
}
