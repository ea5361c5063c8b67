package jp.kyodoflow.proposals;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.common.JapaneseFormat;
import jp.kyodoflow.groups.GroupRegister;
import jp.kyodoflow.municipality.MunicipalityProperties;
import jp.kyodoflow.municipality.RuleProperties;
import jp.kyodoflow.proposals.events.ProposalAccepted;
import jp.kyodoflow.proposals.events.ProposalCorrectionReminded;
import jp.kyodoflow.proposals.events.ProposalCorrectionRequested;
import jp.kyodoflow.proposals.events.ProposalEligibilityChecked;
import jp.kyodoflow.proposals.events.ProposalLapsed;
import jp.kyodoflow.proposals.events.ProposalNotAccepted;
import jp.kyodoflow.proposals.events.ProposalResubmitted;
import jp.kyodoflow.proposals.events.ProposalSentBack;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 要件審査 of a submitted proposal: the automatic check, the coordinator's decision (受理, 差戻し,
 * 不受理), and a sent-back proposal's correction, reminder and lapse.
 */
@Service
@Transactional
public class ProposalScreening {

    private final ProposalRepository proposals;
    private final ProposalRoundRepository rounds;
    private final ProposalChecks checks;
    private final GroupRegister register;
    private final RuleProperties rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MunicipalityProperties city;

    ProposalScreening(ProposalRepository proposals, ProposalRoundRepository rounds, ProposalChecks checks,
                      GroupRegister register, RuleProperties rules, ApplicationEventPublisher events, Clock clock,
                      MunicipalityProperties city) {
        this.city = city;
        this.proposals = proposals;
        this.rounds = rounds;
        this.checks = checks;
        this.register = register;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    /** 要件の自動確認: the group and project requirements that the data allows. */
    public List<String> checkEligibility(long id) {
        Proposal p = proposals.load(id);
        List<String> reasons = new ArrayList<>(register.standingProblems(p.groupId));
        reasons.addAll(checks.problems(p.content, rounds.load(p.roundId).rules));
        p.eligibilityReasons = reasons;
        events.publishEvent(new ProposalEligibilityChecked(id, reasons));
        return reasons;
    }

    /** What the coordinator reads in 要件審査. */
    public String summary(long id) {
        ProposalContent c = proposals.load(id).content;
        return "提案名：" + c.title() + "\n課題：" + c.problem() + "\n目的：" + c.purpose() + "\n内容：" + c.content()
                + "\n期間：" + day(c.periodFrom()) + "〜" + day(c.periodTo()) + "（" + c.projectYear() + "年目）\n市への負担要望額："
                + JapaneseFormat.yen(c.budget().incomeCityShare()) + "\n担当課："
                + String.join("、", c.departments().stream().map(city::departmentName).toList());
    }


    private static String day(java.time.LocalDate date) {
        return date == null ? "" : JapaneseFormat.day(date);
    }

    /** 要件審査: 受理 (the departments are asked next), 差戻し or 不受理, the latter two with a reason. */
    public void confirmEligibility(long id, String decision, String reason, String actor) {
        Proposal p = proposals.load(id);
        p.requireStatus(ProposalStatus.SUBMITTED);
        EligibilityDecision d = EligibilityDecision.of(decision)
                .orElseThrow(() -> new BusinessRuleException("要件審査の結果を選んでください"));
        if (d == EligibilityDecision.ELIGIBLE && !p.eligibilityReasons.isEmpty()) {
            throw new BusinessRuleException("要件を満たしていない点があるため受理できません。差戻しまたは不受理を選んでください",
                    p.eligibilityReasons);
        }
        if (d != EligibilityDecision.ELIGIBLE && (reason == null || reason.isBlank())) {
            throw new BusinessRuleException(d.label() + "の理由を入力してください");
        }
        p.decisionReason = reason;
        switch (d) {
            case ELIGIBLE -> {
                p.status = ProposalStatus.IN_OPINION;
                events.publishEvent(new ProposalAccepted(id, p.groupId, p.content.title(), reason, actor));
            }
            case SEND_BACK -> events.publishEvent(new ProposalSentBack(id, p.groupId, reason, actor));
            case NOT_ACCEPTED -> events.publishEvent(new ProposalNotAccepted(id, p.groupId, p.content.title(), reason, actor));
        }
    }

    /** 差戻しの通知: the group has until the deadline to correct and resubmit. */
    public Deadline sendBack(long id) {
        Proposal p = proposals.load(id);
        OffsetDateTime deadline = OffsetDateTime.now(clock).plus(rules.proposal().correctionPeriod());
        p.status = ProposalStatus.SENT_BACK;
        p.correctionDeadline = deadline;
        events.publishEvent(new ProposalCorrectionRequested(id, p.groupId, p.content.title(), p.decisionReason, deadline));
        return new Deadline(deadline, deadline.minus(rules.proposal().correctionReminderBefore()));
    }

    public void resubmit(long id, String actor) {
        Proposal p = proposals.load(id);
        p.requireStatus(ProposalStatus.SENT_BACK);
        p.status = ProposalStatus.SUBMITTED;
        p.correctionDeadline = null;
        events.publishEvent(new ProposalResubmitted(id, actor));
    }

    public void remindCorrection(long id) {
        Proposal p = proposals.load(id);
        events.publishEvent(new ProposalCorrectionReminded(id, p.groupId, p.content.title(), p.correctionDeadline));
    }

    public void lapse(long id) {
        Proposal p = proposals.load(id);
        p.status = ProposalStatus.LAPSED;
        events.publishEvent(new ProposalLapsed(id, p.groupId, p.content.title()));
    }

    /** 不受理の通知: the case ends (the group is told of the decision with its reason). */
    public void notAccepted(long id) {
        proposals.load(id).status = ProposalStatus.NOT_ACCEPTED;
    }
}
