package fi.perhekeskus.help.internal.family;

import fi.perhekeskus.help.internal.HelpProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Who a submission comes from, for the rate limit only (it is never stored). The remote address,
 * unless that is one of the configured proxies: then the nearest address in X-Forwarded-For that
 * is not itself a trusted proxy. Anyone else's X-Forwarded-For is ignored, so a client cannot
 * give itself a fresh bucket by inventing one.
 */
@Component
public class ClientAddress {

    static final String FORWARDED_FOR = "X-Forwarded-For";
    private final Set<String> trustedProxies;

    @Autowired
    ClientAddress(HelpProperties properties) {
        this(properties.trustedProxies());
    }

    ClientAddress(List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().map(String::strip).filter(s -> !s.isEmpty())
                .map(ClientAddress::canonical).collect(Collectors.toUnmodifiableSet());
    }

    public String of(HttpServletRequest request) {
        String remote = canonical(request.getRemoteAddr());
        if (!trustedProxies.contains(remote)) return remote;
        List<String> hops = request.getHeaders(FORWARDED_FOR) == null ? List.of()
                : java.util.Collections.list(request.getHeaders(FORWARDED_FOR)).stream()
                        .flatMap(h -> java.util.Arrays.stream(h.split(",")))
                        .map(String::strip).filter(s -> !s.isEmpty()).toList();
        // The rightmost hop was added by our own proxy; walk left past our proxies to the client.
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = canonical(hops.get(i));
            if (!trustedProxies.contains(hop)) return hop;
        }
        return remote;
    }

    /** The same address written the same way (::1 and 0:0:0:0:0:0:0:1); no DNS lookups, only literals. */
    static String canonical(String address) {
        if (address == null) return "";
        String a = address.strip();
        if (a.startsWith("[") && a.endsWith("]")) a = a.substring(1, a.length() - 1);
        boolean literal = a.matches("[0-9.]+") || (a.contains(":") && a.matches("[0-9a-fA-F:.]+"));
        if (!literal) return a;
        try {
            return InetAddress.getByName(a).getHostAddress();
        } catch (UnknownHostException e) {
            return a;
        }
    }
}
