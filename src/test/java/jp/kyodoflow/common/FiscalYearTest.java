package jp.kyodoflow.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class FiscalYearTest {

    @Test
    void aFiscalYearRunsFromAprilToMarchAndIsShownInTheReiwaEra() {
        assertThat(FiscalYear.of(LocalDate.of(2026, 4, 1))).isEqualTo(new FiscalYear(2026));
        assertThat(FiscalYear.of(LocalDate.of(2027, 3, 31))).isEqualTo(new FiscalYear(2026));
        assertThat(new FiscalYear(2026).label()).isEqualTo("令和8年度");
        assertThat(new FiscalYear(2019).label()).isEqualTo("令和元年度");
        assertThat(new FiscalYear(2018).label()).isEqualTo("平成30年度");
        assertThat(new FiscalYear(2026).contains(LocalDate.of(2027, 4, 1))).isFalse();
        assertThat(new FiscalYear(2026).next().firstDay()).isEqualTo(LocalDate.of(2027, 4, 1));
    }

    /** The year turns at midnight in Tokyo, whatever zone the clock is in. */
    @Test
    void theCurrentFiscalYearTurnsAtMidnightOnTheFirstOfAprilInTokyo() {
        ZonedDateTime lastMinute = ZonedDateTime.of(2027, 3, 31, 23, 59, 0, 0, FiscalYear.TOKYO);
        ZonedDateTime midnight = ZonedDateTime.of(2027, 4, 1, 0, 0, 0, 0, FiscalYear.TOKYO);
        assertThat(FiscalYear.current(Clock.fixed(lastMinute.toInstant(), FiscalYear.TOKYO)).label()).isEqualTo("令和8年度");
        assertThat(FiscalYear.current(Clock.fixed(midnight.toInstant(), FiscalYear.TOKYO)).label()).isEqualTo("令和9年度");
        // 2027-03-31T15:00Z is already 1 April in Tokyo
        assertThat(FiscalYear.current(Clock.fixed(midnight.toInstant(), ZoneOffset.UTC))).isEqualTo(new FiscalYear(2027));
    }
}
