package jp.kyodoflow.subsidy;

import java.time.Clock;
import jp.kyodoflow.common.FiscalYear;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start: stores this fiscal year's rules as configured (a new version when they changed) and opens the calls
 * of the year's configured windows that have none yet, with the configured committee.
 */
@Component
@Order(20)
class SubsidySetup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SubsidySetup.class);

    private final SubsidyProperties properties;
    private final SubsidyRulebook rulebook;
    private final SubsidyCalls calls;
    private final Clock clock;

    SubsidySetup(SubsidyProperties properties, SubsidyRulebook rulebook, SubsidyCalls calls, Clock clock) {
        this.properties = properties;
        this.rulebook = rulebook;
        this.calls = calls;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled() || properties.rulesFor(FiscalYear.current(clock).year()) == null) {
            return;
        }
        FiscalYear year = FiscalYear.current(clock);
        var version = rulebook.current(year);
        int opened = calls.openConfiguredWindows(year, properties.committee());
        log.info("Subsidy rules {} in use; {} configured call window(s) opened", version.label(), opened);
    }
}
