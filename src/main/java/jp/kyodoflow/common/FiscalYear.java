package jp.kyodoflow.common;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.JapaneseDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/** A Japanese fiscal year (年度): 1 April to 31 March, shown as 令和N年度. */
public record FiscalYear(int year) {

    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    public static FiscalYear of(LocalDate date) {
        return new FiscalYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
    }

    /** The fiscal year it is now on that clock, on the Tokyo calendar whatever the clock's zone. */
    public static FiscalYear current(Clock clock) {
        return of(LocalDate.ofInstant(clock.instant(), TOKYO));
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, 4, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(year + 1, 3, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    public FiscalYear next() {
        return new FiscalYear(year + 1);
    }

    /**
     * For example 令和8年度 for the year starting 1 April 2026. A year in which the era changed is
     * named in the new era (FY2019 is 令和元年度), as municipalities do.
     */
    public String label() {
        JapaneseDate end = JapaneseDate.from(lastDay());
        int eraFirstYear = end.get(ChronoField.YEAR) - end.get(ChronoField.YEAR_OF_ERA) + 1;
        int n = year - eraFirstYear + 1;
        return end.getEra().getDisplayName(TextStyle.FULL, Locale.JAPAN) + (n == 1 ? "元" : String.valueOf(n)) + "年度";
    }
}
