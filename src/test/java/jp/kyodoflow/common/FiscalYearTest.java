package jp.kyodoflow.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
}
