package eu.os2.platform.voting.internal;

import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.api.validation.ValidationException;
import eu.os2.platform.voting.internal.model.Registration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The object rules of who acts for an organisation, shared by the areas. */
public final class Actors {

    /** The platform itself, when it closes a ballot at its closing time. */
    public static final PlatformUser SYSTEM = new PlatformUser(0, "system", "System", Set.of(Role.ADMIN), null);

    private Actors() {}

    /** The secretariat acts for anyone; a member representative for its own organisation only. */
    public static void requireActsFor(PlatformUser actor, long organisationId) {
        if (!actor.mayActFor(organisationId)) {
            throw new Refused(
                    "En medlemsrepræsentant handler kun for sin egen organisation.",
                    "A member representative acts only for its own organisation.");
        }
    }

    /** Who may cast for an organisation: its registered representative or substitute, or the holder of its proxy. */
    public static void requireMayVoteFor(PlatformUser actor, Optional<Registration> reg, long organisationId) {
        if (reg.isPresent() && reg.get().proxyFor() != null) {
            if (actor.organisationId() != null
                    && actor.organisationId().equals(reg.get().proxyFor())
                    && actor.hasRole(Role.MEMBER_REPRESENTATIVE)) {
                return;
            }
            throw new Refused(
                    "Organisationen har givet fuldmagt til et andet medlems repræsentant.",
                    "This member has given its proxy to another member's representative.");
        }
        if (!actor.roles().contains(Role.MEMBER_REPRESENTATIVE)
                || actor.organisationId() == null
                || actor.organisationId() != organisationId) {
            throw new Refused(
                    "Kun organisationens egen repræsentant kan stemme for den.",
                    "Only the organisation's own representative votes for it.");
        }
        if (reg.isPresent()
                && !actor.username().equals(reg.get().representative())
                && !actor.username().equals(reg.get().substitute())) {
            throw new ValidationException(Map.of("representative", "not-registered"));
        }
    }

    /** @return the text stripped, or null when blank */
    public static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
