package eu.os2.platform.web.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    /** Abuse case 2: behind the recommended reverse proxy every client used to share the proxy's address. */
    @Test
    void behindATrustedProxyTheForwardedClientCounts() {
        ClientAddress address = new ClientAddress("127.0.0.1", "10.0.0.0/8");
        assertThat(address.of("127.0.0.1", "198.51.100.4")).isEqualTo("198.51.100.4");
        assertThat(address.of("127.0.0.1", "203.0.113.9")).isEqualTo("203.0.113.9");
        // the client's own header comes first; the right-most untrusted hop is believed
        assertThat(address.of("127.0.0.1", "1.2.3.4, 198.51.100.4, 10.1.2.3")).isEqualTo("198.51.100.4");
        assertThat(address.of("127.0.0.1", null)).isEqualTo("127.0.0.1");
        assertThat(address.of("127.0.0.1", "unknown")).isEqualTo("127.0.0.1");
    }

    @Test
    void aClientCannotChooseItsAddressBySendingTheHeader() {
        ClientAddress address = new ClientAddress("127.0.0.1");
        assertThat(address.of("198.51.100.4", "1.2.3.4")).isEqualTo("198.51.100.4");
        assertThat(new ClientAddress().of("127.0.0.1", "1.2.3.4")).isEqualTo("127.0.0.1");
    }

    @Test
    void rangesAndIpv6() {
        ClientAddress address = new ClientAddress("::1, 192.168.0.0/16");
        assertThat(address.isTrusted("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(address.isTrusted("192.168.40.2")).isTrue();
        assertThat(address.isTrusted("192.169.0.1")).isFalse();
        assertThat(address.isTrusted("example.org")).isFalse();
        assertThatThrownBy(() -> new ClientAddress("proxy.example.org")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClientAddress("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
    }
}
