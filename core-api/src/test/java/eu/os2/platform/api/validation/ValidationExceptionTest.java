package eu.os2.platform.api.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.os2.platform.api.member.MemberValidationException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidationExceptionTest {

    @Test
    void keepsFieldOrderAndNamesTheObject() {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("titleDa", "required");
        errors.put("milestones[0].due", "outside-period");
        ValidationException e = new ValidationException(errors);
        assertThat(e.fieldErrors().keySet()).containsExactly("titleDa", "milestones[0].due");
        assertThat(new MemberValidationException(Map.of("cvr", "checksum")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("invalid organisation");
    }

    @Test
    void namesAtLeastOneField() {
        assertThatThrownBy(() -> new ValidationException(Map.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
