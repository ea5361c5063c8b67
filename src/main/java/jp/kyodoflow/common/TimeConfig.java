package jp.kyodoflow.common;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

/**
 * The one place that reads the system clock. Every rule, deadline and timestamp of ours asks the
 * {@link Clock} bean (Asia/Tokyo), so that tests can move time and simulate a fiscal year. The
 * few columns that change with every edit of an entity ({@code updated_at}) get their time from
 * the same clock through Spring Data's auditing ({@code @LastModifiedDate}).
 *
 * <p>The process engine keeps its own clock ({@code ClockUtil}, the system clock) for timers and
 * job due dates; in production both are the system clock. Tests move both together.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(dateTimeProviderRef = "auditingTime")
public class TimeConfig {

    @Bean
    Clock clock() {
        return Clock.system(FiscalYear.TOKYO);
    }

    /** The time written into {@code @LastModifiedDate} fields: our clock, in Tokyo. */
    @Bean
    DateTimeProvider auditingTime(Clock clock) {
        return () -> Optional.of(OffsetDateTime.now(clock));
    }
}
