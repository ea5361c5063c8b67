package jp.kyodoflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.PortalSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** The portal's form login is throttled per source like every other door, and says so in Japanese. */
@IntegrationTest
class PortalLoginThrottleHttpTest {

    static final String ATTACKER = "198.51.100.77";
    static final String MEMBER_ELSEWHERE = "203.0.113.77";

    @Autowired TestRestTemplate rest;
    @Autowired LoginThrottle throttle;
    @Autowired SecurityProperties properties;

    @AfterEach
    void forgetSources() {
        throttle.forget(ATTACKER);
        throttle.forget(MEMBER_ELSEWHERE);
    }

    @Test
    void aSourceWithTooManyWrongPasswordsIsRefusedEvenWithTheRightOneAndToldWhy() {
        PortalSession attacker = new PortalSession(rest, ATTACKER);
        int max = properties.loginThrottle().maxFailures();
        for (int i = 1; i < max; i++) {
            assertThat(attacker.login("committee1", "guess" + i).getHeaders().getLocation().toString()).as("failure " + i)
                    .endsWith("/login?error");
        }
        assertThat(attacker.login("committee1", "guess").getHeaders().getLocation().toString()).as("the failure that closes it")
                .endsWith("/login?throttled");
        assertThat(attacker.login("committee1", "demo").getHeaders().getLocation().toString()).as("the right password")
                .endsWith("/login?throttled");
        assertThat(attacker.get("/login?throttled").getBody()).contains("ログインの失敗が続いたため", "しばらく");
        assertThat(throttle.failures(ATTACKER)).isEqualTo(max);

        assertThat(new PortalSession(rest, MEMBER_ELSEWHERE).login("committee1", "demo").getHeaders().getLocation().getPath())
                .as("the user from anywhere else").isEqualTo("/mypage");
    }
}
