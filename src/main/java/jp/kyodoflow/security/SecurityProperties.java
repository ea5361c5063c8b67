package jp.kyodoflow.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kyodo.security.*}: which other web origins may call our API from a browser, and how
 * failed logins are throttled per source (see application.yml for the meaning of each key).
 */
@ConfigurationProperties("kyodo.security")
public record SecurityProperties(List<String> allowedOrigins, @DefaultValue LoginThrottle loginThrottle,
                                 @DefaultValue AuthenticationCache authenticationCache) {

    public SecurityProperties {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }

    /**
     * @param maxFailures wrong passwords one source may send within {@code window}; after that every
     *                    login from it is refused until its oldest failure is older than the window
     * @param window      how long a failure counts
     * @param maxSources  sources tracked at once (memory bound); beyond it the oldest are forgotten
     */
    public record LoginThrottle(@DefaultValue("true") boolean enabled, @DefaultValue("10") int maxFailures,
                                @DefaultValue("PT5M") Duration window, @DefaultValue("10000") int maxSources) {
    }

    /**
     * @param ttl        how long a successful check of a user's password and groups is reused for the same
     *                   user and password (the API's HTTP Basic calls authenticate on every request); any change
     *                   of users, groups or memberships empties the cache (LoginCacheEvictionPlugin). Zero
     *                   turns the cache off.
     * @param maxEntries users remembered at once (memory bound)
     */
    public record AuthenticationCache(@DefaultValue("PT30S") Duration ttl, @DefaultValue("10000") int maxEntries) {
    }
}
