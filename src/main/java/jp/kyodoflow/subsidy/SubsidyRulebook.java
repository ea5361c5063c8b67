package jp.kyodoflow.subsidy;

import java.time.Clock;
import java.time.OffsetDateTime;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.common.FiscalYear;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored versions of each year's rules. The configuration is the source; when it differs from the year's
 * latest stored version, the next version is stored, and calls and applications opened from then on use it,
 * while those already running keep theirs.
 */
@Service
public class SubsidyRulebook {

    /** A stored version: what an application refers to and every computed figure names. */
    public record Version(long id, int fiscalYear, int versionNo, SubsidyRules rules) {
        /** 令和8年度 第2版. */
        public String label() {
            return new FiscalYear(fiscalYear).label() + " 第" + versionNo + "版";
        }
    }

    private final RulesVersionRepository versions;
    private final SubsidyProperties properties;
    private final Clock clock;

    SubsidyRulebook(RulesVersionRepository versions, SubsidyProperties properties, Clock clock) {
        this.versions = versions;
        this.properties = properties;
        this.clock = clock;
    }

    /** The year's rules as configured now, stored as a new version when they changed. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public synchronized Version current(FiscalYear year) {
        SubsidyRules configured = properties.rulesFor(year.year());
        if (configured == null) {
            throw new BusinessRuleException(year.label() + "の支援金は設定されていません");
        }
        var latest = versions.findFirstByFiscalYearOrderByVersionNoDesc(year.year());
        if (latest.isPresent() && latest.get().rules.equals(configured)) {
            return view(latest.get());
        }
        int next = latest.map(v -> v.versionNo + 1).orElse(1);
        return view(versions.saveAndFlush(new RulesVersion(year.year(), next, configured, OffsetDateTime.now(clock))));
    }

    /** A stored version; versions never change once written, so each is read from the database once per node. */
    public Version get(long id) {
        return stored.computeIfAbsent(id, k -> versions.findById(k).map(SubsidyRulebook::view)
                .orElseThrow(() -> new IllegalStateException("no subsidy rules " + k)));
    }

    private final java.util.Map<Long, Version> stored = new java.util.concurrent.ConcurrentHashMap<>();

    private static Version view(RulesVersion v) {
        return new Version(v.id, v.fiscalYear, v.versionNo, v.rules);
    }
}
