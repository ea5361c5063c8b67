package jp.kyodoflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cross-site request forgery protection for our stateless Basic-auth API. A browser that caches
 * Basic credentials sends them with any request, also one a foreign page triggers; integrations
 * (curl, scripts) send no {@code Origin} and no {@code Sec-Fetch-Site}. So a state-changing call
 * (not GET, HEAD, OPTIONS, TRACE) is refused with 403 when the browser says it comes from another
 * site ({@code Sec-Fetch-Site: cross-site | same-site}) or its {@code Origin} is not this
 * application's own scheme://host[:port] nor listed in {@code kyodo.security.allowed-origins}.
 * Bodies a plain HTML form can send without a preflight ({@code application/x-www-form-urlencoded},
 * {@code text/plain}) are refused with 415: our API takes JSON and multipart only.
 */
class BrowserRequestGuard extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(BrowserRequestGuard.class);
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "text/plain");

    private final Set<String> allowedOrigins;
    private final ObjectMapper json;

    BrowserRequestGuard(SecurityProperties properties, ObjectMapper json) {
        this.allowedOrigins = properties.allowedOrigins().stream().map(BrowserRequestGuard::normalise)
                .collect(Collectors.toUnmodifiableSet());
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            chain.doFilter(request, response);
            return;
        }
        String origin = request.getHeader("Origin");
        boolean allowedOther = origin != null && allowedOrigins.contains(normalise(origin));
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (!allowedOther && (origin != null && !normalise(origin).equals(ownOrigin(request))
                || "cross-site".equalsIgnoreCase(fetchSite) || "same-site".equalsIgnoreCase(fetchSite))) {
            log.warn("Cross-site {} {} refused (Origin {}, Sec-Fetch-Site {})", request.getMethod(), request.getRequestURI(),
                    origin, fetchSite);
            refuse(response, HttpStatus.FORBIDDEN, "ほかのサイトの画面から送られた操作のため、受け付けられません（なりすまし操作の防止）。"
                    + "Kyodo Flow の画面またはAPIクライアントから直接操作してください");
            return;
        }
        String type = mediaType(request.getContentType());
        if (type != null && FORM_TYPES.contains(type)) {
            refuse(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "この形式（" + type + "）のデータは受け付けられません。"
                    + "JSON（application/json）で送ってください（添付ファイルは multipart/form-data）");
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
        pd.setTitle("リクエストを受け付けられません");
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE + ";charset=UTF-8");
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), pd);
    }

    /** The origin the browser would send for this application itself (the Host it addressed, the scheme it used). */
    static String ownOrigin(HttpServletRequest request) {
        return origin(request.getScheme(), request.getServerName(), request.getServerPort());
    }

    /** scheme://host[:port] in lower case without a default port; "invalid" for anything else (never equal to a real one). */
    static String normalise(String origin) {
        try {
            URI uri = new URI(origin.trim());
            if (uri.getScheme() == null || uri.getHost() == null || uri.getRawPath() != null && !uri.getRawPath().isEmpty()
                    && !uri.getRawPath().equals("/")) {
                return "invalid";
            }
            return origin(uri.getScheme(), uri.getHost(), uri.getPort());
        } catch (java.net.URISyntaxException e) {
            return "invalid";
        }
    }

    private static String origin(String scheme, String host, int port) {
        String s = scheme.toLowerCase(Locale.ROOT);
        boolean defaultPort = port < 0 || "http".equals(s) && port == 80 || "https".equals(s) && port == 443;
        String h = host.toLowerCase(Locale.ROOT);
        if (h.contains(":") && !h.startsWith("[")) {
            h = "[" + h + "]";
        }
        return s + "://" + h + (defaultPort ? "" : ":" + port);
    }

    private static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }
}
