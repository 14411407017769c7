package eu.os2.platform.core.internal.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(512, 1);

    @Test
    void hashesAreSaltedPhcStringsThatVerify() {
        String first = hasher.hash("secret password".toCharArray());
        String second = hasher.hash("secret password".toCharArray());
        assertThat(first).startsWith("$argon2id$v=19$m=512,t=1,p=1$").isNotEqualTo(second);
        assertThat(hasher.verify("secret password".toCharArray(), first)).isTrue();
        assertThat(hasher.verify("secret passwore".toCharArray(), first)).isFalse();
    }

    @Test
    void hashesKeepTheirOwnCost() {
        String cheap = hasher.hash("pw with old cost".toCharArray());
        assertThat(new PasswordHasher().verify("pw with old cost".toCharArray(), cheap))
                .isTrue();
    }

    @Test
    void malformedStoredValuesNeverVerify() {
        assertThat(hasher.verify("x".toCharArray(), null)).isFalse();
        assertThat(hasher.verify("x".toCharArray(), "plain")).isFalse();
        assertThat(hasher.verify("x".toCharArray(), "$argon2i$v=19$m=512,t=1,p=1$AAAA$AAAA"))
                .isFalse();
        assertThat(hasher.verify("x".toCharArray(), "$argon2id$v=19$m=512,t=1,p=1$!!$AAAA"))
                .isFalse();
    }

    @Test
    void knownAnswerFromRfc9106StyleParameters() {
        // the same password, salt and cost always give the same hash: stored hashes survive upgrades
        String stored = "$argon2id$v=19$m=512,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$"
                + java.util.Base64.getEncoder().withoutPadding().encodeToString(new byte[32]);
        assertThat(hasher.verify("password".toCharArray(), stored)).isFalse();
    }
}
