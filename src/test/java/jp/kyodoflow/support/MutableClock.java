package jp.kyodoflow.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The application's clock in tests. It shows the system time until a test moves it; then it
 * stands still at the moved time until the test moves it again or {@link #reset()}s it (done
 * after every integration test, see {@link IntegrationTest}).
 *
 * <p>The process engine has its own clock ({@link ClockUtil}: task create times, timer and job due
 * dates, "due" job queries). Moving this clock moves the engine's to the same instant, and a reset
 * gives both back the system time, so that a test sees one time everywhere.
 */
public final class MutableClock extends Clock {

    private final ZoneId zone;
    private volatile Instant fixed;

    public MutableClock(ZoneId zone) {
        this.zone = zone;
    }

    /** Stops time at that instant, for our code and for the engine. */
    public void setTo(Instant instant) {
        fixed = instant;
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    public void setTo(ZonedDateTime time) {
        setTo(time.toInstant());
    }

    /** Moves time on (or back, for a negative duration) from where it is now. */
    public void advance(Duration duration) {
        setTo(instant().plus(duration));
    }

    /** Back to the system time, for our code and for the engine. */
    public void reset() {
        fixed = null;
        ClockUtil.reset();
    }

    public boolean isMoved() {
        return fixed != null;
    }

    @Override
    public Instant instant() {
        Instant f = fixed;
        return f != null ? f : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same moving time seen in another zone. */
    @Override
    public Clock withZone(ZoneId other) {
        if (other.equals(zone)) {
            return this;
        }
        MutableClock self = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return self.instant();
            }

            @Override
            public ZoneId getZone() {
                return other;
            }

            @Override
            public Clock withZone(ZoneId z) {
                return self.withZone(z);
            }
        };
    }

    @Override
    public String toString() {
        return "MutableClock[" + (fixed == null ? "system" : fixed.atZone(zone)) + "]";
    }
}
