package eu.os2.platform.core.internal.user;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be: 12 to 256 characters, not one of the commonly used passwords
 * shipped with the bundle (the common list of zxcvbn-ts, about 49,000 entries, compared without
 * regard to case), and not the person's login name or name.
 */
public final class PasswordPolicy {

    /** Shorter passwords are refused. */
    public static final int MIN_LENGTH = 12;
    /** Longer passwords are refused (the hash's cost grows with the input). */
    public static final int MAX_LENGTH = 256;

    private static final String LIST = "/passwords/passwords.json";

    private final Set<String> common;

    /** Reads the shipped list. */
    public PasswordPolicy() {
        this(shipped());
    }

    PasswordPolicy(Set<String> common) {
        this.common = common;
    }

    /**
     * @param password the proposed password
     * @param personal the person's login name, e-mail and name: the password may not be one of them
     * @return the field error code ({@code too-short}, {@code too-long}, {@code common},
     *     {@code like-name}), or empty if the password will do
     */
    public Optional<String> problem(char[] password, String... personal) {
        if (password == null || password.length < MIN_LENGTH) {
            return Optional.of("too-short");
        }
        if (password.length > MAX_LENGTH) {
            return Optional.of("too-long");
        }
        String lower = new String(password).toLowerCase(Locale.ROOT);
        if (common.contains(lower) || lower.chars().distinct().count() <= 2) {
            return Optional.of("common");
        }
        for (String value : personal) {
            if (value == null || value.isBlank()) {
                continue;
            }
            String name = value.toLowerCase(Locale.ROOT);
            String local = name.contains("@") ? name.substring(0, name.indexOf('@')) : name;
            if (lower.equals(name)
                    || lower.equals(local.replaceAll("[^\\p{L}\\p{N}]", ""))
                    || (local.length() >= 4 && lower.contains(local) && lower.length() - local.length() < 6)) {
                return Optional.of("like-name");
            }
        }
        return Optional.empty();
    }

    /** @return how many common passwords the list holds */
    public int listSize() {
        return common.size();
    }

    private static Set<String> shipped() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("the list of common passwords is missing from the bundle: " + LIST);
            }
            List<String> words = new ObjectMapper().readValue(in, new TypeReference<List<String>>() {});
            Set<String> set = new HashSet<>(words.size() * 2);
            words.forEach(w -> set.add(w.toLowerCase(Locale.ROOT)));
            return Set.copyOf(set);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LIST, e);
        }
    }
}
