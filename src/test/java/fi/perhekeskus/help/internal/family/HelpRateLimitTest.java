package fi.perhekeskus.help.internal.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The per-client limit on its own (its own limiter, so no other test's submissions count). */
class HelpRateLimitTest {

    static final String PROXY = "10.0.0.5";

    @Test
    void theLimitTripsAtNPlusOneAndTellsHowLongToWait() {
        var limit = new HelpRateLimit(3);
        for (int i = 0; i < 3; i++) assertThat(limit.tryAcquire("192.0.2.1")).isEmpty();

        var refused = limit.tryAcquire("192.0.2.1");

        assertThat(refused).isPresent();
        assertThat(refused.get().toSeconds()).isBetween(1L, 60L);
        assertThat(limit.tryAcquire("192.0.2.2")).as("another client").isEmpty();
    }

    @Test
    void aForgedForwardedForFromAnUntrustedAddressGetsNoFreshBucket() {
        var limit = new HelpRateLimit(2);
        var clients = new ClientAddress(List.of(PROXY));
        for (int i = 0; i < 2; i++) assertThat(limit.tryAcquire(clients.of(from("192.0.2.7", null)))).isEmpty();

        String forged = clients.of(from("192.0.2.7", "198.51.100." + 1));

        assertThat(forged).isEqualTo("192.0.2.7");
        assertThat(limit.tryAcquire(forged)).isPresent();
    }

    @Test
    void behindATrustedProxyEachForwardedClientHasItsOwnBucket() {
        var limit = new HelpRateLimit(2);
        var clients = new ClientAddress(List.of(PROXY));
        for (int i = 0; i < 2; i++) assertThat(limit.tryAcquire(clients.of(from(PROXY, "198.51.100.1")))).isEmpty();
        assertThat(limit.tryAcquire(clients.of(from(PROXY, "198.51.100.1")))).isPresent();

        // What the client wrote itself is to the left of what our proxy added; only the proxy's word counts.
        assertThat(clients.of(from(PROXY, "203.0.113.9, 198.51.100.2"))).isEqualTo("198.51.100.2");
        assertThat(limit.tryAcquire(clients.of(from(PROXY, "198.51.100.2")))).isEmpty();
    }

    @Test
    void addressesAreComparedWrittenTheSameWay() {
        var clients = new ClientAddress(List.of("::1"));
        assertThat(clients.of(from("0:0:0:0:0:0:0:1", "198.51.100.3"))).isEqualTo("198.51.100.3");
    }

    private static MockHttpServletRequest from(String remote, String forwardedFor) {
        var request = new MockHttpServletRequest("POST", "/help");
        request.setRemoteAddr(remote);
        if (forwardedFor != null) request.addHeader(ClientAddress.FORWARDED_FOR, forwardedFor);
        return request;
    }
}
