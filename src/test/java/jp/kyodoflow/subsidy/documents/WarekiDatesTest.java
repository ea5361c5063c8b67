package jp.kyodoflow.subsidy.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class WarekiDatesTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "2026-12-02, 令和8年12月2日",
            "2019-05-01, 令和元年5月1日",
            "2019-04-30, 平成31年4月30日",
            "2019-12-31, 令和元年12月31日",
            "2020-01-01, 令和2年1月1日",
            "1989-01-07, 昭和64年1月7日",
            "1989-01-08, 平成元年1月8日",
            "2027-03-31, 令和9年3月31日"
    })
    void writesTheEraYearMonthAndDay(LocalDate date, String wareki) {
        assertThat(WarekiDates.of(date)).isEqualTo(wareki);
    }

    @Test
    void refusesADateBeforeTheEraCalendar() {
        assertThatThrownBy(() -> WarekiDates.of(LocalDate.of(1872, 12, 31))).isInstanceOf(IllegalArgumentException.class);
    }
}
