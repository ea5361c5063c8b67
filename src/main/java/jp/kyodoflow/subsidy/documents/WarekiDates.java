package jp.kyodoflow.subsidy.documents;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Objects;

/** Dates in the Japanese era calendar (和暦) as official documents write them: 令和8年12月2日, 令和元年5月1日. */
public final class WarekiDates {

    /** The first day of the Japanese calendar's eras in java.time (明治6年1月1日, when Japan adopted it). */
    private static final LocalDate FIRST = LocalDate.of(1873, 1, 1);

    private WarekiDates() {
    }

    public static String of(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (date.isBefore(FIRST)) {
            throw new IllegalArgumentException("no Japanese era date before " + FIRST + ": " + date);
        }
        JapaneseDate d = JapaneseDate.from(date);
        int year = d.get(ChronoField.YEAR_OF_ERA);
        return d.getEra().getDisplayName(TextStyle.FULL, Locale.JAPAN) + (year == 1 ? "元" : String.valueOf(year)) + "年"
                + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
