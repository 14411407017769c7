package eu.os2.platform.core.internal.user;

import eu.os2.platform.api.member.Organisation;
import eu.os2.platform.api.member.OrganisationKind;
import eu.os2.platform.api.user.NewUser;
import eu.os2.platform.api.user.Role;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.regex.Pattern;

/**
 * The rules for a person's account: an e-mail address that can be a login name, a name, at least
 * one role, and an organisation exactly for the roles that act for one — a member representative
 * for a member organisation, a partner for a supplier partner.
 */
final class AccountRules {

    /** The login name of an account: letters, digits and {@code . _ @ + -}, 3 to 64 characters. */
    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@+-]{3,64}");

    private static final Pattern EMAIL = Pattern.compile("[a-z0-9._%+-]+@[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,}");

    private AccountRules() {}

    /** @return the e-mail address as it is stored: trimmed, lower case */
    static String normalEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * @param user the proposed account (its e-mail is checked only when {@code withEmail})
     * @param organisations looks an organisation up by id
     * @return field name to error code; empty when the account will do
     */
    static Map<String, String> problems(
            NewUser user, boolean withEmail, LongFunction<Optional<Organisation>> organisations) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (user == null) {
            errors.put("body", "required");
            return errors;
        }
        if (withEmail) {
            String email = normalEmail(user.email());
            if (email == null || email.isEmpty()) {
                errors.put("email", "required");
            } else if (email.length() > 64) {
                errors.put("email", "too-long");
            } else if (!EMAIL.matcher(email).matches()) {
                errors.put("email", "invalid");
            }
        }
        if (user.displayName() == null || user.displayName().isBlank()) {
            errors.put("displayName", "required");
        } else if (user.displayName().strip().length() > 200) {
            errors.put("displayName", "too-long");
        }
        if (user.roles() == null
                || user.roles().isEmpty()
                || user.roles().stream().anyMatch(java.util.Objects::isNull)) {
            errors.put("roles", "required");
            return errors;
        }
        boolean representative = user.roles().contains(Role.MEMBER_REPRESENTATIVE);
        boolean partner = user.roles().contains(Role.PARTNER);
        if (representative && partner) {
            errors.put("roles", "combination");
            return errors;
        }
        if (!representative && !partner) {
            if (user.organisationId() != null) {
                errors.put("organisationId", "not-allowed");
            }
            return errors;
        }
        if (user.organisationId() == null) {
            errors.put("organisationId", "required");
            return errors;
        }
        Optional<Organisation> organisation = organisations.apply(user.organisationId());
        if (organisation.isEmpty()) {
            errors.put("organisationId", "unknown");
        } else if (representative
                ? !isMember(organisation.get())
                : organisation.get().kind() != OrganisationKind.SUPPLIER_PARTNER) {
            errors.put("organisationId", "wrong-kind");
        }
        return errors;
    }

    private static boolean isMember(Organisation organisation) {
        return organisation.kind() != OrganisationKind.SUPPLIER_PARTNER
                && organisation.currentMembership().isPresent();
    }
}
