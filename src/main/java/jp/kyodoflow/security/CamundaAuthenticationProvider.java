package jp.kyodoflow.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks credentials against Camunda's identity store, so one account works in the API and in Tasklist.
 * A successful check is reused for {@code kyodo.security.authentication-cache.ttl} by the same user with
 * the same password (HTTP Basic sends them with every API call): the cache keeps a salted digest of the
 * password, never the password, and a password that does not match the digest is checked in the database.
 * A source the login throttle refuses gets no cached login: its request goes to the check, which refuses it.
 */
@Component
class CamundaAuthenticationProvider implements AuthenticationProvider {

    record Verified(byte[] digest, Set<String> groups, Instant until) {
    }

    private final IdentityService identityService;
    private final LoginThrottle throttle;
    private final Duration ttl;
    private final int maxEntries;
    private final Clock clock;
    private final byte[] salt = new byte[32];
    private final Map<String, Verified> verified;

    CamundaAuthenticationProvider(IdentityService identityService, SecurityProperties properties, LoginThrottle throttle,
                                  LoginCache cache) {
        this.verified = cache.entries();
        this.identityService = identityService;
        this.throttle = throttle;
        this.ttl = properties.authenticationCache().ttl();
        this.maxEntries = properties.authenticationCache().maxEntries();
        // the cache's expiry is about real elapsed time, not the business clock tests move
        this.clock = Clock.systemUTC();
        new SecureRandom().nextBytes(salt);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        if (userId == null || userId.isBlank()) {
            throw refused();
        }
        // a source whose failures are used up is refused at the password check, cached login or not
        Set<String> groups = throttle.refuses(LoginSource.current()) ? null : cached(userId, password);
        if (groups == null) {
            if (!identityService.checkPassword(userId, password)) {
                verified.remove(userId);
                throw refused();
            }
            groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                    .map(Group::getId).collect(Collectors.toUnmodifiableSet());
            remember(userId, password, groups);
        }
        CurrentUser user = new CurrentUser(userId, groups);
        List<SimpleGrantedAuthority> authorities = groups.stream().map(SimpleGrantedAuthority::new).toList();
        return new UsernamePasswordAuthenticationToken(user, null, authorities);
    }

    private Set<String> cached(String userId, String password) {
        Verified v = verified.get(userId);
        if (v == null || !clock.instant().isBefore(v.until())) {
            return null;
        }
        return MessageDigest.isEqual(v.digest(), digest(userId, password)) ? v.groups() : null;
    }

    private void remember(String userId, String password, Set<String> groups) {
        if (ttl.isZero() || ttl.isNegative()) {
            return;
        }
        Instant now = clock.instant();
        if (verified.size() >= maxEntries) {
            verified.values().removeIf(v -> !now.isBefore(v.until()));
            if (verified.size() >= maxEntries) {
                verified.clear();
            }
        }
        verified.put(userId, new Verified(digest(userId, password), groups, now.plus(ttl)));
    }

    private byte[] digest(String userId, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(userId.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(password.getBytes(StandardCharsets.UTF_8));
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BadCredentialsException refused() {
        return new BadCredentialsException("ユーザーIDまたはパスワードが正しくありません");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
