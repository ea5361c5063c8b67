package jp.kyodoflow.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The logins {@link CamundaAuthenticationProvider} reuses, in a bean of its own so that the engine's plugin
 * that empties it ({@link LoginCacheEvictionPlugin}) does not depend on the provider, which needs the engine.
 */
@Component
class LoginCache {

    private final Map<String, CamundaAuthenticationProvider.Verified> entries = new ConcurrentHashMap<>();

    Map<String, CamundaAuthenticationProvider.Verified> entries() {
        return entries;
    }

    /** Every next request is checked in the database (users, groups or memberships changed). */
    void forgetAll() {
        entries.clear();
    }
}
