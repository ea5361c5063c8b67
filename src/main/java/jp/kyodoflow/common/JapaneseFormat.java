package jp.kyodoflow.common;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

/** Dates and amounts as people read them in notices and messages: 2026年12月9日, 450,000円 (Tokyo time). */
public final class JapaneseFormat {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu年M月d日");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("uuuu年M月d日 H時mm分");

    private JapaneseFormat() {
    }

    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** The calendar day in Tokyo, whatever offset the value carries (values read back from the database are in the JVM's zone). */
    public static String day(OffsetDateTime time) {
        return DAY.format(time.atZoneSameInstant(FiscalYear.TOKYO));
    }

    /** 2026年12月2日 17時00分, in Tokyo time. */
    public static String dayTime(OffsetDateTime time) {
        return DAY_TIME.format(time.atZoneSameInstant(FiscalYear.TOKYO));
    }

    public static String day(Date time) {
        return DAY.format(time.toInstant().atZone(FiscalYear.TOKYO));
    }

    public static String yen(long amount) {
        return String.format(Locale.ROOT, "%,d円", amount);
    }
}
