package jp.kyodoflow.support;

import java.time.Clock;
import jp.kyodoflow.common.FiscalYear;

/** Time for tests that leave the clock alone: the system clock, in Tokyo. */
public final class TestTime {

    public static final Clock SYSTEM = Clock.system(FiscalYear.TOKYO);

    private TestTime() {
    }

    public static FiscalYear thisFiscalYear() {
        return FiscalYear.current(SYSTEM);
    }
}
