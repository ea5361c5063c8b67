package jp.kyodoflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The throttle on its own, with two sources and a clock the test moves. */
class LoginThrottleTest {

    static final class TestClock extends Clock {
        Instant now = Instant.parse("2027-02-14T04:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final TestClock clock = new TestClock();
    final LoginThrottle throttle = new LoginThrottle(new SecurityProperties.LoginThrottle(true, 10, Duration.ofMinutes(5), 100), clock);

    void fail(String source, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(throttle.tryStart(source)).isTrue();
            throttle.finish(source, true);
        }
    }

    @Test
    void tenFailuresCloseOneSourceAndNoOther() {
        fail("198.51.100.1", 10);
        assertThat(throttle.tryStart("198.51.100.1")).as("the 11th attempt, even with the right password").isFalse();
        assertThat(throttle.failures("198.51.100.1")).as("refusals are not counted again").isEqualTo(10);

        assertThat(throttle.tryStart("203.0.113.9")).as("another source").isTrue();
        throttle.finish("203.0.113.9", false);
        assertThat(throttle.failures("203.0.113.9")).isZero();
    }

    @Test
    void failuresLeaveTheWindowOneByOneAndASuccessDoesNotClearThem() {
        fail("198.51.100.1", 5);
        clock.now = clock.now.plusSeconds(120);
        fail("198.51.100.1", 4);
        assertThat(throttle.tryStart("198.51.100.1")).isTrue();
        throttle.finish("198.51.100.1", false); // the attacker's own account: no reset
        fail("198.51.100.1", 1);
        assertThat(throttle.tryStart("198.51.100.1")).isFalse();

        clock.now = clock.now.plusSeconds(181); // the first five are older than five minutes
        assertThat(throttle.failures("198.51.100.1")).isEqualTo(5);
        fail("198.51.100.1", 5);
        assertThat(throttle.tryStart("198.51.100.1")).isFalse();
        clock.now = clock.now.plus(Duration.ofMinutes(5));
        assertThat(throttle.tryStart("198.51.100.1")).isTrue();
    }

    @Test
    void checksInFlightCountSoAParallelBurstCannotSlipThrough() {
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.tryStart("198.51.100.1")).isTrue();
        }
        assertThat(throttle.tryStart("198.51.100.1")).as("ten checks running").isFalse();
        for (int i = 0; i < 10; i++) {
            throttle.finish("198.51.100.1", i > 0);
        }
        assertThat(throttle.tryStart("198.51.100.1")).as("one of the ten was right: nine failures").isTrue();
    }

    @Test
    void memoryIsBoundedByForgettingTheLongestIdleSources() {
        LoginThrottle small = new LoginThrottle(new SecurityProperties.LoginThrottle(true, 2, Duration.ofMinutes(5), 3), clock);
        for (int i = 1; i <= 5; i++) {
            small.tryStart("10.0.0." + i);
            small.finish("10.0.0." + i, true);
            clock.now = clock.now.plusSeconds(1);
        }
        assertThat(small.failures("10.0.0.1")).as("forgotten").isZero();
        assertThat(small.failures("10.0.0.5")).isEqualTo(1);
    }

    @Test
    void sourcesAreAddressesAndIpv6Networks() {
        assertThat(LoginSource.of("192.0.2.7")).isEqualTo("192.0.2.7");
        assertThat(LoginSource.of("2001:db8:1:2:aaaa::1")).isEqualTo(LoginSource.of("2001:db8:1:2:bbbb::99"))
                .isEqualTo("20010db800010002::/64");
        assertThat(LoginSource.of("2001:db8:1:3::1")).isNotEqualTo(LoginSource.of("2001:db8:1:2::1"));
        assertThat(LoginSource.of("::ffff:192.0.2.7")).isEqualTo("192.0.2.7");
        assertThat(LoginSource.of("[::1]")).isEqualTo("0000000000000000::/64");
        assertThat(LoginSource.of("not-an-address.example")).isEqualTo("other:not-an-address.example");
        assertThat(LoginSource.of(null)).isEqualTo("unknown");
    }

    /** Many people behind one address logging in at once: the eleventh waits for a place, it is not refused. */
    @Test
    void aParallelCheckBeyondTheBudgetWaitsForAPlaceAndGoesOnWhenOneSucceeds() throws Exception {
        LoginThrottle patient = new LoginThrottle(new SecurityProperties.LoginThrottle(true, 10, Duration.ofMinutes(5), 100),
                clock, Duration.ofSeconds(5));
        for (int i = 0; i < 10; i++) {
            assertThat(patient.tryStart("198.51.100.7")).isTrue();
        }
        var eleventh = java.util.concurrent.CompletableFuture.supplyAsync(() -> patient.tryStart("198.51.100.7"));
        Thread.sleep(200);
        assertThat(eleventh).as("waits while ten checks run").isNotDone();
        patient.finish("198.51.100.7", false);
        assertThat(eleventh.get(2, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        // a source whose failures are used up is still refused at once
        for (int i = 0; i < 10; i++) {
            patient.finish("198.51.100.7", true);
        }
        long start = System.nanoTime();
        assertThat(patient.tryStart("198.51.100.7")).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }
}
