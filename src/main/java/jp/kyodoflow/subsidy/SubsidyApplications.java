package jp.kyodoflow.subsidy;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.common.FiscalYear;
import jp.kyodoflow.common.ForbiddenException;
import jp.kyodoflow.common.NotFoundException;
import jp.kyodoflow.common.Paging;
import jp.kyodoflow.groups.GroupRegister;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.security.EngineAccess;
import jp.kyodoflow.security.Roles;
import jp.kyodoflow.subsidy.SubsidyInputs.Application;
import jp.kyodoflow.subsidy.SubsidyViews.ApplicationView;
import jp.kyodoflow.subsidy.SubsidyViews.CallView;
import jp.kyodoflow.subsidy.SubsidyViews.LedgerView;
import jp.kyodoflow.subsidy.SubsidyViews.Pdf;
import jp.kyodoflow.subsidy.SubsidyViews.ProgrammeView;
import jp.kyodoflow.subsidy.SubsidyViews.Summary;
import jp.kyodoflow.subsidy.events.SubsidyApplied;
import jp.kyodoflow.workflow.CaseKeys;
import jp.kyodoflow.workflow.ProcessKeys;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The group's door to the subsidy (the portal and our API): apply to the open call, correct a sent-back
 * application, and read its own applications, decisions, documents and ledger. The group is the login's;
 * the programme comes from the group's registered address; the case from our record.
 */
@Service
@Transactional
public class SubsidyApplications {

    private final SubsidyApplicationRepository applications;
    private final SubsidyCallRepository calls;
    private final SubsidyRulebook rulebook;
    private final SubsidyReading reading;
    private final GroupRegister register;
    private final ApplicationEventPublisher events;
    private final RuntimeService runtime;
    private final EngineAccess engine;
    private final Clock clock;
    private final SubsidyLists lists;

    SubsidyApplications(SubsidyApplicationRepository applications, SubsidyCallRepository calls, SubsidyRulebook rulebook,
                        SubsidyReading reading, GroupRegister register, ApplicationEventPublisher events,
                        RuntimeService runtime, EngineAccess engine, Clock clock, SubsidyLists lists) {
        this.lists = lists;
        this.applications = applications;
        this.calls = calls;
        this.rulebook = rulebook;
        this.reading = reading;
        this.register = register;
        this.events = events;
        this.runtime = runtime;
        this.engine = engine;
        this.clock = clock;
    }

    /** The call open now (the first to close), if any: what the portal's subsidy page shows. */
    @Transactional(readOnly = true)
    public Optional<CallView> openCall() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return calls.findByStatusOrderByClosesAtAsc(SubsidyCall.Status.OPEN).stream().filter(c -> c.acceptsAt(now))
                .findFirst().map(reading::call);
    }

    /** The programme the group's address routes it to, under the open call's rules. */
    @Transactional(readOnly = true)
    public Optional<ProgrammeView> programmeFor(CurrentUser user, long groupId) {
        requireActsFor(user, groupId);
        return openCallEntity().flatMap(call -> programmeOf(groupId, rulebook.get(call.rulesId).rules()))
                .map(SubsidyReading::programme);
    }

    /** 交付申請: starts SubsidyApplicationProcess (SA-…) at the programme's coordinator. */
    public long apply(CurrentUser user, long groupId, Application in) {
        requireActsFor(user, groupId);
        SubsidyCall call = openCallEntity().orElseThrow(() -> new BusinessRuleException("現在、支援金の募集期間ではありません"));
        SubsidyRules rules = rulebook.get(call.rulesId).rules();
        var group = register.find(groupId).orElseThrow(() -> new NotFoundException("団体が見つかりません"));
        SubsidyRules.Programme programme = programmeOf(groupId, rules).orElseThrow(() -> new BusinessRuleException(
                "団体の所在地（" + group.group().baseAddress() + "）に対応する支援金がありません"));
        applications.findByGroupIdOrderByIdDesc(groupId).stream()
                .filter(a -> a.callId == call.id && a.status != SubsidyStatus.REFUSED)
                .findFirst().ifPresent(a -> {
                    throw new BusinessRuleException("この募集にはすでに申請しています（" + a.key() + "）");
                });
        SubsidyChecks.requireWellFormed(in, rules, new FiscalYear(call.fiscalYear));
        SubsidyApplication a = new SubsidyApplication();
        a.callId = call.id;
        a.rulesId = call.rulesId;
        a.groupId = groupId;
        a.programmeCode = programme.code();
        fill(a, in, rules);
        a.submittedBy = user.userId();
        a.submittedAt = OffsetDateTime.now(clock);
        a.updatedAt = a.submittedAt;
        SubsidyApplication saved = applications.saveAndFlush(a);
        SubsidyRules.Track track = rules.track(in.track());
        Map<String, Object> variables = new HashMap<>();
        variables.put("applicantGroup", Roles.civicGroup(groupId));
        variables.put("programmeCoordinator", programme.coordinatorGroup());
        variables.put("reviewMethod", track.review().name());
        variables.put("caseLabel", saved.key() + " " + in.title());
        saved.processInstanceId = engine.asSystem(() -> runtime.startProcessInstanceByKey(ProcessKeys.SUBSIDY_APPLICATION,
                CaseKeys.key(CaseKeys.SUBSIDY_APPLICATION, saved.id), variables).getId());
        events.publishEvent(new SubsidyApplied(saved.id, groupId, programme.coordinatorGroup(), in.title(), in.requestedYen(),
                programme.name() + "・" + track.label(), user.userId()));
        return saved.id;
    }

    /** The group corrects a sent-back application (then completes its correction task). */
    public void correct(CurrentUser user, long id, Application in) {
        SubsidyApplication a = own(user, id);
        a.requireStatus(SubsidyStatus.SENT_BACK);
        SubsidyRules rules = rulebook.get(a.rulesId).rules();
        SubsidyChecks.requireWellFormed(in, rules, new FiscalYear(calls.findById(a.callId).orElseThrow().fiscalYear));
        if (!rules.track(in.track()).review().name().equals(rules.track(a.trackCode).review().name())) {
            throw new BusinessRuleException("審査の方法が異なる区分には変更できません。区分を変える場合は、いったん申請を取り下げてください");
        }
        fill(a, in, rules);
        a.updatedAt = OffsetDateTime.now(clock);
    }

    private void fill(SubsidyApplication a, Application in, SubsidyRules rules) {
        a.trackCode = in.track();
        a.content = in;
        a.requestedYen = in.requestedYen();
        var lines = SubsidyArithmetic.checkPlanned(SubsidyChecks.planned(in.lines()), rules);
        a.eligibleYen = SubsidyArithmetic.eligibleTotal(lines);
        var max = SubsidyArithmetic.maxGrant(rules.track(in.track()), a.eligibleYen, rules.rounding());
        a.maxYen = max.yen();
        a.maxWorking = max.working();
    }

    @Transactional(readOnly = true)
    public List<Summary> mine(CurrentUser user, long groupId) {
        requireActsFor(user, groupId);
        List<SubsidyApplication> own = applications.findByGroupIdOrderByIdDesc(groupId);
        Map<Long, String> names = reading.groupNames(List.of(groupId));
        return own.stream().map(a -> reading.summary(a, names)).toList();
    }

    /**
     * One page of the applications the person may read, newest first: for staff those of the programmes they run
     * (every one for the coordinator, the approver, administrators), for a group's users their groups';
     * {@code status} (e.g. GRANTED) narrows it.
     */
    @Transactional(readOnly = true)
    public Paging.Page<Summary> list(CurrentUser user, String status, Paging paging) {
        return lists.applications(user, status, paging);
    }

    @Transactional(readOnly = true)
    public ApplicationView view(CurrentUser user, long id) {
        return reading.view(readable(user, id), user);
    }

    @Transactional(readOnly = true)
    public LedgerView ledger(CurrentUser user, long id) {
        return reading.ledger(readable(user, id));
    }

    @Transactional(readOnly = true)
    public Pdf document(CurrentUser user, long id, long documentId) {
        return reading.document(readable(user, id), documentId);
    }

    /** The group's own application, or 404 (another group's case is not even confirmed to exist). */
    SubsidyApplication own(CurrentUser user, long id) {
        SubsidyApplication a = applications.findById(id).orElseThrow(() -> new NotFoundException("申請が見つかりません"));
        if (!user.actsFor(a.groupId)) {
            throw new NotFoundException("申請が見つかりません");
        }
        return a;
    }

    SubsidyApplication readable(CurrentUser user, long id) {
        SubsidyApplication a = applications.findById(id).orElseThrow(() -> new NotFoundException("申請が見つかりません"));
        if (!user.actsFor(a.groupId) && !reading.staffMayRead(user, a)) {
            throw new NotFoundException("申請が見つかりません");
        }
        return a;
    }

    private Optional<SubsidyCall> openCallEntity() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return calls.findByStatusOrderByClosesAtAsc(SubsidyCall.Status.OPEN).stream().filter(c -> c.acceptsAt(now)).findFirst();
    }

    private Optional<SubsidyRules.Programme> programmeOf(long groupId, SubsidyRules rules) {
        return register.find(groupId).flatMap(g -> rules.programmeFor(g.group().baseAddress()));
    }

    private static void requireActsFor(CurrentUser user, long groupId) {
        if (!user.actsFor(groupId)) {
            throw new ForbiddenException("この団体として操作する権限がありません");
        }
    }
}
