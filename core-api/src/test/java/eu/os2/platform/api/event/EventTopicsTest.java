package eu.os2.platform.api.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EventTopicsTest {

    @Test
    void topicsFollowTheConvention() {
        assertThat(EventTopics.MEMBER_UPDATED).isEqualTo("eu/os2/platform/members/UPDATED");
        assertThat(EventTopics.topic("payments", "INVOICE_ISSUED"))
                .isEqualTo("eu/os2/platform/payments/INVOICE_ISSUED");
    }

    @Test
    void malformedPartsAreRefused() {
        assertThatThrownBy(() -> EventTopics.topic("Payments", "X")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventTopics.topic("payments", "issued")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventTopics.topic("a/b", "X")).isInstanceOf(IllegalArgumentException.class);
    }
}
