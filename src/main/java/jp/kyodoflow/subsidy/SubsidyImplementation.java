package jp.kyodoflow.subsidy;

import java.time.Clock;
import java.time.OffsetDateTime;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.security.EngineAccess;
import jp.kyodoflow.subsidy.SubsidyRecords.Advance;
import jp.kyodoflow.subsidy.SubsidyRecords.Change;
import jp.kyodoflow.subsidy.events.SubsidyAdvanceRequested;
import jp.kyodoflow.subsidy.events.SubsidyCancelled;
import jp.kyodoflow.subsidy.events.SubsidyChangeRecorded;
import jp.kyodoflow.subsidy.events.SubsidyChangeRequested;
import jp.kyodoflow.workflow.CaseKeys;
import jp.kyodoflow.workflow.ProcessKeys;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a granted group does while its project runs (実施): ask for an advance (概算払), change the plan (a minor
 * change is recorded, a larger one goes to the approver as 変更承認申請), cancel (中止), and write its report.
 */
@Service
@Transactional
public class SubsidyImplementation {

    /** What came of a change: recorded as minor, or waiting for the approver. */
    public enum ChangeKind { MINOR, APPROVAL }

    private final SubsidyApplications doors;
    private final AdvanceRepository advances;
    private final ChangeRepository changes;
    private final SubsidyRulebook rulebook;
    private final SubsidyReading reading;
    private final ApplicationEventPublisher events;
    private final RuntimeService runtime;
    private final EngineAccess engine;
    private final Clock clock;

    SubsidyImplementation(SubsidyApplications doors, AdvanceRepository advances, ChangeRepository changes,
                          SubsidyRulebook rulebook, SubsidyReading reading, ApplicationEventPublisher events,
                          RuntimeService runtime, EngineAccess engine, Clock clock) {
        this.doors = doors;
        this.advances = advances;
        this.changes = changes;
        this.rulebook = rulebook;
        this.reading = reading;
        this.events = events;
        this.runtime = runtime;
        this.engine = engine;
        this.clock = clock;
    }

    /** 概算払請求: at most the granted amount less what was already advanced; one request at a time. */
    public void requestAdvance(CurrentUser user, long id, long amountYen) {
        SubsidyApplication a = doors.own(user, id);
        a.requireStatus(SubsidyStatus.GRANTED);
        if (amountYen <= 0) {
            throw new BusinessRuleException("概算払の請求額は1円以上で入力してください");
        }
        if (advances.findByApplicationIdOrderByIdAsc(id).stream().anyMatch(x -> "REQUESTED".equals(x.status))) {
            throw new BusinessRuleException("前回の概算払の請求がまだ支払われていません");
        }
        long room = a.grantedYen - a.advancedYen;
        if (amountYen > room) {
            throw new BusinessRuleException("概算払は交付決定額から支払済みの概算払を引いた額（" + SubsidyArithmetic.yen(room)
                    + "）までです");
        }
        Advance x = new Advance();
        x.applicationId = id;
        x.requestedYen = amountYen;
        x.status = "REQUESTED";
        x.requestedBy = user.userId();
        x.requestedAt = OffsetDateTime.now(clock);
        advances.save(x);
        correlate(id, ProcessKeys.MSG_SUBSIDY_ADVANCE_REQUESTED);
        events.publishEvent(new SubsidyAdvanceRequested(id, a.groupId, reading.coordinatorGroup(a), a.content.title(),
                amountYen, null, user.userId()));
    }

    /** A change of plan or budget: minor within the threshold (recorded), otherwise 変更承認申請 to the approver. */
    public ChangeKind requestChange(CurrentUser user, long id, SubsidyInputs.Change in) {
        SubsidyApplication a = doors.own(user, id);
        a.requireStatus(SubsidyStatus.GRANTED);
        if (changes.findByApplicationIdOrderByIdAsc(id).stream().anyMatch(c -> "PENDING".equals(c.status))) {
            throw new BusinessRuleException("前回の変更承認申請がまだ決裁されていません");
        }
        SubsidyRules rules = rulebook.get(a.rulesId).rules();
        in.lines().forEach(l -> SubsidyChecks.requireCategory(l.category(), rules));
        if (in.contentChanged() && (in.planChange() == null || in.planChange().isBlank())) {
            throw new BusinessRuleException("計画の内容を変える場合は、変更の内容を書いてください");
        }
        long oldTotal = a.content.lines().stream().mapToLong(SubsidyInputs.BudgetLine::amountYen).sum();
        long newTotal = in.lines().stream().mapToLong(SubsidyInputs.BudgetLine::amountYen).sum();
        boolean approval = SubsidyArithmetic.needsApproval(oldTotal, newTotal, in.contentChanged(), rules.changeThresholdPercent());
        Change c = new Change();
        c.applicationId = id;
        c.kind = approval ? "APPROVAL" : "MINOR";
        c.status = approval ? "PENDING" : "RECORDED";
        c.reason = in.reason();
        c.contentChanged = in.contentChanged();
        c.planChange = in.planChange();
        c.lines = in.lines();
        c.oldTotalYen = oldTotal;
        c.newTotalYen = newTotal;
        c.requestedBy = user.userId();
        c.requestedAt = OffsetDateTime.now(clock);
        changes.save(c);
        String title = a.content.title();
        if (approval) {
            correlate(id, ProcessKeys.MSG_SUBSIDY_CHANGE_REQUESTED);
            events.publishEvent(new SubsidyChangeRequested(id, a.groupId, reading.coordinatorGroup(a), title, newTotal,
                    in.reason(), user.userId()));
            return ChangeKind.APPROVAL;
        }
        // a minor change: the budget lines change, the decision and its amount stay
        a.content = new SubsidyInputs.Application(a.content.track(), a.content.theme(), a.content.title(), a.content.plan(),
                a.content.periodFrom(), a.content.periodTo(), a.content.targets(), in.lines(), a.content.otherFunding(),
                a.content.requestedYen());
        a.updatedAt = OffsetDateTime.now(clock);
        events.publishEvent(new SubsidyChangeRecorded(id, a.groupId, reading.coordinatorGroup(a), title, newTotal,
                in.reason(), user.userId()));
        return ChangeKind.MINOR;
    }

    /** 中止: ends the project; an advance already paid is ordered back. */
    public void cancel(CurrentUser user, long id, String reason) {
        SubsidyApplication a = doors.own(user, id);
        a.requireStatus(SubsidyStatus.GRANTED);
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw new BusinessRuleException("中止の理由を2000文字以内で書いてください");
        }
        a.status = SubsidyStatus.CANCELLED;
        a.statusReason = reason.strip();
        a.updatedAt = OffsetDateTime.now(clock);
        events.publishEvent(new SubsidyCancelled(id, a.groupId, reading.coordinatorGroup(a), a.content.title(),
                a.advancedYen, a.statusReason, user.userId()));
        correlate(id, ProcessKeys.MSG_SUBSIDY_CANCELLED);
    }

    /** The group's report, saved (and replaced) until it submits it through its report task. */
    public void saveReport(CurrentUser user, long id, SubsidyInputs.Report in) {
        SubsidyApplication a = doors.own(user, id);
        a.requireStatus(SubsidyStatus.GRANTED);
        SubsidyRules rules = rulebook.get(a.rulesId).rules();
        in.lines().forEach(l -> SubsidyChecks.requireCategory(l.category(), rules));
        a.report = in;
        a.updatedAt = OffsetDateTime.now(clock);
    }

    private void correlate(long id, String message) {
        engine.asSystem(() -> {
            runtime.createMessageCorrelation(message)
                    .processInstanceBusinessKey(CaseKeys.key(CaseKeys.SUBSIDY_APPLICATION, id)).correlate();
            return null;
        });
    }
}
