package jp.kyodoflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Where the current HTTP request comes from, for the login throttle: the client's IPv4 address, or
 * the /64 network of an IPv6 address (one subscriber usually holds a whole /64). The address is
 * the connection's peer; behind a reverse proxy set {@code server.forward-headers-strategy=native}
 * so that Tomcat takes it from {@code X-Forwarded-For} sent by trusted (internal) proxies only.
 */
final class LoginSource {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]+(%[0-9a-zA-Z._-]+)?");

    private LoginSource() {
    }

    /** The source of the request this thread is serving; null outside a request (jobs, tests calling services). */
    static String current() {
        return CURRENT.get();
    }

    static String of(String remoteAddress) {
        if (remoteAddress == null || remoteAddress.isBlank()) {
            return "unknown";
        }
        String address = remoteAddress.trim();
        if (address.startsWith("[") && address.endsWith("]")) {
            address = address.substring(1, address.length() - 1);
        }
        if (IPV4.matcher(address).matches()) {
            return address;
        }
        if (address.contains(":") && IPV6.matcher(address).matches()) {
            try {
                byte[] bytes = InetAddress.getByName(address).getAddress(); // a literal: parsed, never looked up
                if (bytes.length == 4) {
                    return InetAddress.getByAddress(bytes).getHostAddress(); // IPv4-mapped
                }
                return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
            } catch (UnknownHostException e) {
                // not an address after all
            }
        }
        return "other:" + (address.length() > 64 ? address.substring(0, 64) : address);
    }

    /** Records the source for the duration of each request (first in the filter chain, before every login door). */
    static final class Filter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String previous = CURRENT.get();
            CURRENT.set(of(request.getRemoteAddr()));
            try {
                chain.doFilter(request, response);
            } finally {
                if (previous == null) {
                    CURRENT.remove();
                } else {
                    CURRENT.set(previous);
                }
            }
        }

        @Override
        protected boolean shouldNotFilterAsyncDispatch() {
            return false;
        }

        @Override
        protected boolean shouldNotFilterErrorDispatch() {
            return false;
        }
    }
}
