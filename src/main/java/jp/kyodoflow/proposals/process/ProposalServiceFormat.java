package jp.kyodoflow.proposals.process;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import jp.kyodoflow.common.FiscalYear;

final class ProposalServiceFormat {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("y年M月d日");

    private ProposalServiceFormat() {
    }

    static String day(OffsetDateTime t) {
        return DAY.format(t.atZoneSameInstant(FiscalYear.TOKYO));
    }
}
