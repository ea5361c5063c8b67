package jp.kyodoflow.subsidy;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The subsidies the city has granted (交付決定), as it publishes them (open data): the group, the project, the
 * programme and the amounts; no applicant, no staff, no reasons.
 */
@Service
@Transactional(readOnly = true)
public class GrantedSubsidies {

    /**
     * One granted application. {@code finalYen} is the amount fixed after the report (額の確定), null before;
     * {@code paidYen} what has been paid so far.
     */
    public record Granted(long applicationId, int fiscalYear, String groupName, String title, String programmeName,
                          String trackLabel, long grantedYen, LocalDate decidedOn, Long finalYen, long paidYen,
                          String statusLabel) {
    }

    private final EntityManager em;
    private final SubsidyReading reading;

    GrantedSubsidies(EntityManager em, SubsidyReading reading) {
        this.em = em;
        this.reading = reading;
    }

    /** Every granted application, newest year first (a year's few hundred at most: read at once). */
    public List<Granted> all() {
        List<Object[]> rows = em.createQuery("select a, c.fiscalYear from SubsidyApplication a, SubsidyCall c"
                + " where c.id = a.callId and a.grantedYen is not null order by c.fiscalYear desc, a.id", Object[].class)
                .getResultList();
        Map<Long, String> names = reading.groupNames(rows.stream().map(r -> ((SubsidyApplication) r[0]).groupId)
                .distinct().toList());
        return rows.stream().map(r -> {
            SubsidyApplication a = (SubsidyApplication) r[0];
            SubsidyRules rules = reading.rules(a);
            return new Granted(a.id, (Integer) r[1], names.getOrDefault(a.groupId, "団体" + a.groupId),
                    a.content.title(), rules.programme(a.programmeCode).name(), rules.track(a.trackCode).label(),
                    a.grantedYen, a.decidedOn, a.finalYen, a.paidYen, a.status.label());
        }).toList();
    }
}
