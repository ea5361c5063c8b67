package jp.kyodoflow.subsidy;

import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyodoflow.committee.ReviewConfigService;
import jp.kyodoflow.committee.ReviewRoundService;
import jp.kyodoflow.committee.RoundInputs;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.common.FiscalYear;
import jp.kyodoflow.common.JapaneseFormat;
import jp.kyodoflow.security.EngineAccess;
import jp.kyodoflow.workflow.CaseKeys;
import jp.kyodoflow.workflow.ProcessKeys;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calls (募集) of the subsidy: opened by the coordinator (or from the year's configured windows), closed at their
 * timer; the committee then reviews the call's accepted applications of the committee tracks in one round
 * (the hearing), and each application moves on to the approver's grant decision with the committee's result.
 * Also the 事前相談 records.
 */
@Service
@Transactional
public class SubsidyCalls implements SubsidyCallSteps {

    public static final String REF_TYPE = "SUBSIDY_APPLICATION";

    private final SubsidyCallRepository calls;
    private final SubsidyApplicationRepository applications;
    private final ConsultationRepository consultations;
    private final SubsidyRulebook rulebook;
    private final SubsidyReading reading;
    private final SubsidyCaseworkService casework;
    private final ReviewRoundService rounds;
    private final ReviewConfigService configs;
    private final RuntimeService runtime;
    private final EngineAccess engine;
    private final Clock clock;

    SubsidyCalls(SubsidyCallRepository calls, SubsidyApplicationRepository applications, ConsultationRepository consultations,
                 SubsidyRulebook rulebook, SubsidyReading reading, SubsidyCaseworkService casework, ReviewRoundService rounds,
                 ReviewConfigService configs, RuntimeService runtime, EngineAccess engine, Clock clock) {
        this.calls = calls;
        this.applications = applications;
        this.consultations = consultations;
        this.rulebook = rulebook;
        this.reading = reading;
        this.casework = casework;
        this.rounds = rounds;
        this.configs = configs;
        this.runtime = runtime;
        this.engine = engine;
        this.clock = clock;
    }

    /** Opens a call under the current rules of the fiscal year in which it opens; starts SubsidyCallProcess (SC-…). */
    public long open(SubsidyInputs.OpenCall in, String actor) {
        if (!in.opensAt().isBefore(in.closesAt())) {
            throw new BusinessRuleException("募集の終了は開始より後にしてください");
        }
        if (!in.closesAt().isAfter(OffsetDateTime.now(clock))) {
            throw new BusinessRuleException("募集の終了が過去の日時です");
        }
        FiscalYear year = FiscalYear.of(in.opensAt().atZoneSameInstant(FiscalYear.TOKYO).toLocalDate());
        var version = rulebook.current(year);
        if (version.rules().tracks().stream().anyMatch(t -> t.review() == SubsidyRules.Review.COMMITTEE) && in.committee().isEmpty()) {
            throw new BusinessRuleException("審査会で審査する区分があるため、審査委員を選んでください");
        }
        SubsidyCall c = new SubsidyCall();
        c.title = in.title().strip();
        c.fiscalYear = year.year();
        c.rulesId = version.id();
        c.opensAt = in.opensAt();
        c.closesAt = in.closesAt();
        c.committee = List.copyOf(new LinkedHashSet<>(in.committee()));
        c.createdBy = actor;
        c.createdAt = OffsetDateTime.now(clock);
        SubsidyCall saved = calls.saveAndFlush(c);
        Map<String, Object> vars = new HashMap<>();
        vars.put("closesAt", Date.from(saved.closesAt.toInstant()));
        vars.put("callCoordinators", String.join(",", coordinatorGroups(version.rules())));
        saved.processInstanceId = engine.asSystem(() -> runtime.startProcessInstanceByKey(ProcessKeys.SUBSIDY_CALL,
                CaseKeys.key(CaseKeys.SUBSIDY_CALL, saved.id), vars).getId());
        return saved.id;
    }

    /** Opens the configured windows of a year that have no call yet (closing 17:00 Tokyo of the last day). */
    public int openConfiguredWindows(FiscalYear year, List<String> committee) {
        var version = rulebook.current(year);
        int opened = 0;
        for (SubsidyRules.Window w : version.rules().windows()) {
            OffsetDateTime opens = w.opensOn().atStartOfDay(FiscalYear.TOKYO).toOffsetDateTime();
            OffsetDateTime closes = w.closesOn().atTime(LocalTime.of(17, 0)).atZone(FiscalYear.TOKYO).toOffsetDateTime();
            boolean exists = calls.existsByOpensAtAndClosesAt(opens, closes);
            if (!exists && closes.isAfter(OffsetDateTime.now(clock))) {
                open(new SubsidyInputs.OpenCall(year.label() + " まちづくり活動支援金（" + JapaneseFormat.day(w.opensOn()) + "〜）",
                        opens, closes, committee), "system");
                opened++;
            }
        }
        return opened;
    }

    private static List<String> coordinatorGroups(SubsidyRules rules) {
        return rules.programmes().stream().map(SubsidyRules.Programme::coordinatorGroup).distinct().toList();
    }

    @Override
    public void close(long callId) {
        SubsidyCall c = calls.findById(callId).orElseThrow();
        c.status = SubsidyCall.Status.CLOSED;
    }

    @Override
    @Transactional(readOnly = true)
    public String readiness(long callId) {
        SubsidyCall c = calls.findById(callId).orElseThrow();
        Map<SubsidyStatus, Integer> counts = new EnumMap<>(SubsidyStatus.class);
        applications.findByCallIdOrderByIdAsc(callId).forEach(a -> counts.merge(a.status, 1, Integer::sum));
        StringBuilder s = new StringBuilder(c.title + "（" + JapaneseFormat.dayTime(c.closesAt) + " 締切）");
        if (counts.isEmpty()) {
            s.append("\n申請はありません");
        }
        counts.forEach((k, v) -> s.append("\n").append(k.label()).append("：").append(v).append("件"));
        List<String> waiting = waitingCommitteeApplications(c);
        if (!waiting.isEmpty()) {
            s.append("\n要件審査が終わっていない申請（審査会の対象）：").append(String.join("、", waiting));
        }
        s.append("\n審査委員：").append(c.committee.isEmpty() ? "なし" : String.join("、", c.committee));
        return s.toString();
    }

    private List<String> waitingCommitteeApplications(SubsidyCall c) {
        SubsidyRules rules = rulebook.get(c.rulesId).rules();
        return applications.findByCallIdOrderByIdAsc(c.id).stream()
                .filter(a -> Set.of(SubsidyStatus.SUBMITTED, SubsidyStatus.SENT_BACK).contains(a.status))
                .filter(a -> rules.track(a.trackCode).review() == SubsidyRules.Review.COMMITTEE).map(SubsidyApplication::key).toList();
    }

    @Override
    public Long startReview(long callId, String actor) {
        SubsidyCall c = calls.findById(callId).orElseThrow();
        if (c.status != SubsidyCall.Status.CLOSED) {
            throw new BusinessRuleException("募集が締め切られてから審査会を開始できます");
        }
        List<String> waiting = waitingCommitteeApplications(c);
        if (!waiting.isEmpty()) {
            throw new BusinessRuleException("要件審査（または修正）が終わっていない申請があるため、審査会を開始できません", waiting);
        }
        SubsidyRules rules = rulebook.get(c.rulesId).rules();
        List<RoundInputs.ProposalInput> proposals = new ArrayList<>();
        for (SubsidyApplication a : applications.findByCallIdOrderByIdAsc(callId)) {
            if (a.status == SubsidyStatus.IN_REVIEW && rules.track(a.trackCode).review() == SubsidyRules.Review.COMMITTEE) {
                proposals.add(new RoundInputs.ProposalInput(REF_TYPE, a.id, a.content.title(), a.groupId, a.requestedYen,
                        dossier(a, rules)));
            }
        }
        c.status = SubsidyCall.Status.REVIEWING;
        if (proposals.isEmpty()) {
            c.status = SubsidyCall.Status.DONE;
            return null;
        }
        long configId = configs.list().stream().filter(x -> x.name().equals(rules.reviewConfigName())).findFirst()
                .orElseThrow(() -> new BusinessRuleException("審査会の設定「" + rules.reviewConfigName() + "」がありません")).id();
        List<RoundInputs.MemberInput> members = new ArrayList<>();
        for (int i = 0; i < c.committee.size(); i++) {
            members.add(new RoundInputs.MemberInput(c.committee.get(i), i == 0 ? "委員長" : "委員", i == 0));
        }
        c.committeeRoundId = rounds.createRanking(new RoundInputs.CreateRound(c.title + " 審査会", configId, null, members,
                proposals), actor);
        return c.committeeRoundId;
    }

    private String dossier(SubsidyApplication a, SubsidyRules rules) {
        return rules.track(a.trackCode).label() + (a.content.theme() == null ? "" : "（" + a.content.theme() + "）")
                + "\n目的・内容：" + a.content.plan() + "\n目標：" + a.content.targets() + "\n対象経費："
                + SubsidyArithmetic.yen(a.eligibleYen) + "、申請額：" + SubsidyArithmetic.yen(a.requestedYen)
                + "、上限：" + SubsidyArithmetic.yen(a.maxYen);
    }

    @Override
    public void releaseResults(long callId) {
        SubsidyCall c = calls.findById(callId).orElseThrow();
        for (ReviewRoundService.Ranked r : rounds.ranking(c.committeeRoundId)) {
            if (!REF_TYPE.equals(r.refType()) || r.refId() == null) {
                continue;
            }
            String result = (r.rank() == null ? "順位なし" : r.rank() + "位") + "・" + String.format("%.2f点", r.normalised())
                    + (r.passed() ? "（推薦）" : "（推薦せず）") + (r.resultLabel() == null ? "" : "　" + r.resultLabel());
            casework.recordCommitteeResult(r.refId(), result);
            engine.asSystem(() -> {
                runtime.createMessageCorrelation(ProcessKeys.MSG_SUBSIDY_REVIEWED)
                        .processInstanceBusinessKey(CaseKeys.key(CaseKeys.SUBSIDY_APPLICATION, r.refId())).correlate();
                return null;
            });
        }
        c.status = SubsidyCall.Status.DONE;
    }

    /** The coordinator, or a coordinator of one of the current year's programmes. */
    @Transactional(readOnly = true)
    public boolean runsSubsidy(jp.kyodoflow.security.CurrentUser user) {
        return user.has(jp.kyodoflow.security.Roles.COORDINATOR)
                || coordinatorGroups(rulebook.current(FiscalYear.current(clock)).rules()).stream().anyMatch(user::has);
    }

    // ---- 事前相談 ----

    public long recordConsultation(SubsidyInputs.Consultation in, String actor) {
        if (!Set.of("COORDINATOR", "SUPPORT_CENTRE").contains(in.counterpart())) {
            throw new BusinessRuleException("相談の相手は「コーディネーター」か「市民活動サポートセンター」を選んでください");
        }
        var x = new SubsidyRecords.Consultation();
        x.groupId = in.groupId();
        x.fiscalYear = FiscalYear.of(in.heldOn()).year();
        x.heldOn = in.heldOn();
        x.counterpart = in.counterpart();
        x.attendees = in.attendees();
        x.summary = in.summary().strip();
        x.recordedBy = actor;
        x.createdAt = OffsetDateTime.now(clock);
        return consultations.save(x).id;
    }
}
