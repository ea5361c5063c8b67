package jp.kyodoflow.portal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import jp.kyodoflow.common.FiscalYear;
import jp.kyodoflow.common.JapaneseFormat;
import org.springframework.stereotype.Component;

/** Dates and amounts on the portal's pages, the Japanese way and in Tokyo time (templates call it as {@code @portalFormat}). */
@Component("portalFormat")
class PortalFormat {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu年M月d日（E）H時mm分", Locale.JAPANESE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu年M月d日（E）", Locale.JAPANESE);

    public String dateTime(OffsetDateTime time) {
        return time == null ? "" : DATE_TIME.format(time.atZoneSameInstant(FiscalYear.TOKYO));
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private static final DateTimeFormatter WAREKI = DateTimeFormatter.ofPattern("GGGGy年M月d日", Locale.JAPANESE)
            .withChronology(java.time.chrono.JapaneseChronology.INSTANCE);

    /** 令和8年4月1日 (the date picker shows the Western date; this is shown beside it). */
    public String wareki(LocalDate date) {
        return date == null ? "" : WAREKI.format(date);
    }

    /** A share of a project's cost: 10/10 for 100, 5/10 for 50, otherwise the percent (75%). */
    public String rate(int percent) {
        return percent % 10 == 0 ? percent / 10 + "/10" : percent + "%";
    }

    public String yen(long amount) {
        return JapaneseFormat.yen(amount);
    }
}
