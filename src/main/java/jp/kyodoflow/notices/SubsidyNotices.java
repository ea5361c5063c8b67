package jp.kyodoflow.notices;

import java.util.HashMap;
import java.util.Map;
import jp.kyodoflow.common.JapaneseFormat;
import jp.kyodoflow.security.Roles;
import jp.kyodoflow.subsidy.events.SubsidyAdvancePaid;
import jp.kyodoflow.subsidy.events.SubsidyAdvanceRequested;
import jp.kyodoflow.subsidy.events.SubsidyAmountFinalised;
import jp.kyodoflow.subsidy.events.SubsidyApplicationAccepted;
import jp.kyodoflow.subsidy.events.SubsidyApplicationRefused;
import jp.kyodoflow.subsidy.events.SubsidyApplicationSentBack;
import jp.kyodoflow.subsidy.events.SubsidyApplied;
import jp.kyodoflow.subsidy.events.SubsidyCancelled;
import jp.kyodoflow.subsidy.events.SubsidyCase;
import jp.kyodoflow.subsidy.events.SubsidyChangeApproved;
import jp.kyodoflow.subsidy.events.SubsidyChangeRejected;
import jp.kyodoflow.subsidy.events.SubsidyChangeRequested;
import jp.kyodoflow.subsidy.events.SubsidyGranted;
import jp.kyodoflow.subsidy.events.SubsidyNotGranted;
import jp.kyodoflow.subsidy.events.SubsidyPaid;
import jp.kyodoflow.subsidy.events.SubsidyRepaid;
import jp.kyodoflow.subsidy.events.SubsidyRepaymentOrdered;
import jp.kyodoflow.subsidy.events.SubsidyRepaymentReminded;
import jp.kyodoflow.subsidy.events.SubsidyReportOverdue;
import jp.kyodoflow.subsidy.events.SubsidyReportReminded;
import jp.kyodoflow.subsidy.events.SubsidyReportSentBack;
import jp.kyodoflow.subsidy.events.SubsidyReportSubmitted;
import org.springframework.stereotype.Component;

/**
 * What the applying group and the programme's coordinators are told about a subsidy application, and when
 * (templates in notices/templates/subsidy.properties). Every notice belongs to the application's case.
 */
@Component
class SubsidyNotices {

    private final NoticeService notices;

    SubsidyNotices(NoticeService notices) {
        this.notices = notices;
    }

    @NoticeListener
    void on(SubsidyApplied e) {
        staff(e.coordinatorGroup(), "APPLIED", "subsidy-applied", e.applicationId(), "title", e.title(), "what", e.reason(),
                "amount", yen(e.amountYen()));
    }

    @NoticeListener
    void on(SubsidyApplicationAccepted e) {
        group(e.groupId(), "ACCEPTED", "subsidy-accepted", e.applicationId(), "title", e.title());
    }

    @NoticeListener
    void on(SubsidyApplicationSentBack e) {
        group(e.groupId(), "SENT_BACK", "subsidy-sent-back", e.applicationId(), "title", e.title(), "reason", e.reason());
    }

    @NoticeListener
    void on(SubsidyApplicationRefused e) {
        group(e.groupId(), "REFUSED", "subsidy-refused", e.applicationId(), "title", e.title(), "reason", e.reason());
    }

    @NoticeListener
    void on(SubsidyGranted e) {
        group(e.groupId(), "GRANTED", "subsidy-granted", e.applicationId(), "title", e.title(), "amount", yen(e.amountYen()));
    }

    @NoticeListener
    void on(SubsidyNotGranted e) {
        group(e.groupId(), "NOT_GRANTED", "subsidy-not-granted", e.applicationId(), "title", e.title(), "reason", e.reason());
    }

    @NoticeListener
    void on(SubsidyAdvanceRequested e) {
        staff(e.coordinatorGroup(), "ADVANCE_REQUESTED", "subsidy-advance-requested", e.applicationId(), "title", e.title(),
                "amount", yen(e.amountYen()));
    }

    @NoticeListener
    void on(SubsidyAdvancePaid e) {
        group(e.groupId(), "ADVANCE_PAID", "subsidy-advance-paid", e.applicationId(), "title", e.title(), "amount", yen(e.amountYen()));
    }

    @NoticeListener
    void on(SubsidyChangeRequested e) {
        staff(Roles.APPROVER, "CHANGE_REQUESTED", "subsidy-change-requested", e.applicationId(), "title", e.title(),
                "reason", e.reason());
    }

    @NoticeListener
    void on(SubsidyChangeApproved e) {
        group(e.groupId(), "CHANGE_APPROVED", "subsidy-change-approved", e.applicationId(), "title", e.title(),
                "amount", yen(e.amountYen()));
    }

    @NoticeListener
    void on(SubsidyChangeRejected e) {
        group(e.groupId(), "CHANGE_REJECTED", "subsidy-change-rejected", e.applicationId(), "title", e.title(), "reason", e.reason());
    }

    @NoticeListener
    void on(SubsidyCancelled e) {
        staff(e.coordinatorGroup(), "CANCELLED", "subsidy-cancelled", e.applicationId(), "title", e.title(), "reason", e.reason());
    }

    @NoticeListener
    void on(SubsidyReportSubmitted e) {
        staff(e.coordinatorGroup(), "REPORT_SUBMITTED", "subsidy-report-submitted", e.applicationId(), "title", e.title());
    }

    @NoticeListener
    void on(SubsidyReportReminded e) {
        group(e.groupId(), "REPORT_REMINDER", "subsidy-report-reminder", e.applicationId(), "title", e.title(), "due", e.reason());
    }

    @NoticeListener
    void on(SubsidyReportOverdue e) {
        staff(e.coordinatorGroup(), "REPORT_OVERDUE", "subsidy-report-overdue", e.applicationId(), "title", e.title(),
                "due", e.reason());
        group(e.groupId(), "REPORT_OVERDUE", "subsidy-report-overdue-group", e.applicationId(), "title", e.title(), "due", e.reason());
    }

    @NoticeListener
    void on(SubsidyReportSentBack e) {
        group(e.groupId(), "REPORT_SENT_BACK", "subsidy-report-sent-back", e.applicationId(), "title", e.title(), "reason", e.reason());
    }

    @NoticeListener
    void on(SubsidyAmountFinalised e) {
        group(e.groupId(), "FINALISED", "subsidy-finalised", e.applicationId(), "title", e.title(), "amount", yen(e.amountYen()));
    }

    @NoticeListener
    void on(SubsidyPaid e) {
        group(e.groupId(), "PAID", "subsidy-paid", e.applicationId(), "title", e.title(), "amount", yen(e.amountYen()));
    }

    @NoticeListener
    void on(SubsidyRepaymentOrdered e) {
        group(e.groupId(), "REPAYMENT_ORDERED", "subsidy-repayment-ordered", e.applicationId(), "title", e.title(),
                "amount", yen(e.amountYen()), "due", e.reason());
    }

    @NoticeListener
    void on(SubsidyRepaymentReminded e) {
        group(e.groupId(), "REPAYMENT_REMINDER", "subsidy-repayment-reminder", e.applicationId(), "title", e.title(),
                "amount", yen(e.amountYen()), "due", e.reason());
    }

    @NoticeListener
    void on(SubsidyRepaid e) {
        group(e.groupId(), "REPAID", "subsidy-repaid", e.applicationId(), "title", e.title(), "amount", yen(e.amountYen()));
    }

    private static String yen(Long v) {
        return v == null ? "" : JapaneseFormat.yen(v);
    }

    private void group(long groupId, String kind, String template, long id, Object... values) {
        notices.toGroup(Roles.civicGroup(groupId), kind, template, map(values), SubsidyCase.TYPE, id);
    }

    private void staff(String group, String kind, String template, long id, Object... values) {
        notices.toGroup(group, kind, template, map(values), SubsidyCase.TYPE, id);
    }

    private static Map<String, Object> map(Object... values) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < values.length; i += 2) {
            map.put((String) values[i], values[i + 1]);
        }
        return map;
    }
}
