package faqbot.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies proxies = TrustedProxies.parse(" 10.0.0.0/8, 192.168.1.7 ,fd00::/8,");

    @Test
    void addressesInsideAConfiguredRangeAreTrusted() {
        assertThat(proxies.trusts("10.1.2.3")).isTrue();
        assertThat(proxies.trusts("192.168.1.7")).isTrue();
        assertThat(proxies.trusts("fd12:3456::1")).isTrue();
    }

    @Test
    void addressesOutsideAreNot() {
        assertThat(proxies.trusts("11.0.0.1")).isFalse();
        assertThat(proxies.trusts("192.168.1.8")).isFalse();
        assertThat(proxies.trusts("2001:db8::1")).isFalse();
    }

    @Test
    void anythingButAnIpLiteralIsNeverTrustedAndNeverLookedUp() {
        assertThat(proxies.trusts("localhost")).isFalse();
        assertThat(proxies.trusts("10.0.0.256")).isFalse();
        assertThat(proxies.trusts("10.0.0")).isFalse();
        assertThat(proxies.trusts("")).isFalse();
        assertThat(proxies.trusts(null)).isFalse();
    }

    @Test
    void noProxiesTrustNobody() {
        assertThat(TrustedProxies.none().trusts("127.0.0.1")).isFalse();
        assertThat(TrustedProxies.parse("").isEmpty()).isTrue();
    }

    @Test
    void aBadEntryIsNamed() {
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33")).hasMessageContaining("10.0.0.0/33");
        assertThatThrownBy(() -> TrustedProxies.parse("proxy.example")).hasMessageContaining("proxy.example");
    }
}
