package jp.kyodoflow.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** After each integration test: the clock (ours and the engine's) is back on the system time. */
class ClockReset implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        MutableClock clock = SpringExtension.getApplicationContext(context).getBean(MutableClock.class);
        if (clock.isMoved()) {
            clock.reset();
        }
    }
}
