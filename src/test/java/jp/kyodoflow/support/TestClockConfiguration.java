package jp.kyodoflow.support;

import jp.kyodoflow.common.FiscalYear;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The shared test context's clock: a {@link MutableClock} in place of the system clock of
 * {@code TimeConfig}. Imported by {@link IntegrationTest}, so every integration test has the same
 * context (and the same clock).
 */
@TestConfiguration(proxyBeanMethods = false)
class TestClockConfiguration {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock(FiscalYear.TOKYO);
    }
}
