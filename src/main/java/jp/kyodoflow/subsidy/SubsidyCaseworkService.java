package jp.kyodoflow.subsidy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.common.FiscalYear;
import jp.kyodoflow.common.JapaneseFormat;
import jp.kyodoflow.groups.GroupRegister;
import jp.kyodoflow.subsidy.SubsidyArithmetic.Figure;
import jp.kyodoflow.subsidy.SubsidyRecords.LedgerKind;
import jp.kyodoflow.subsidy.events.*;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link SubsidyCasework}: each step reads our record, applies the rules version of the case, writes the ledger. */
@Service
@Transactional
class SubsidyCaseworkService implements SubsidyCasework {

    private final SubsidyApplicationRepository applications;
    private final SubsidyCallRepository calls;
    private final DecisionRepository decisions;
    private final LedgerRepository ledger;
    private final AdvanceRepository advances;
    private final ChangeRepository changes;
    private final SubsidyRulebook rulebook;
    private final SubsidyReading reading;
    private final SubsidyPapers papers;
    private final GroupRegister register;
    private final SubsidyProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SubsidyCaseworkService(SubsidyApplicationRepository applications, SubsidyCallRepository calls,
                           DecisionRepository decisions, LedgerRepository ledger, AdvanceRepository advances,
                           ChangeRepository changes, SubsidyRulebook rulebook, SubsidyReading reading, SubsidyPapers papers,
                           GroupRegister register, SubsidyProperties properties, ApplicationEventPublisher events,
                           Clock clock) {
        this.applications = applications;
        this.calls = calls;
        this.decisions = decisions;
        this.ledger = ledger;
        this.advances = advances;
        this.changes = changes;
        this.rulebook = rulebook;
        this.reading = reading;
        this.papers = papers;
        this.register = register;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    // ---- 要件審査 ----

    @Override
    public void checkRequirements(long id) {
        SubsidyApplication a = get(id);
        a.findings = SubsidyChecks.findings(a, reading.rules(a), register.standingProblems(a.groupId));
        a.status = SubsidyStatus.SUBMITTED;
        touch(a);
    }

    @Override
    @Transactional(readOnly = true)
    public String requirementsSummary(long id) {
        SubsidyApplication a = get(id);
        StringBuilder s = new StringBuilder(header(a));
        if (a.findings.isEmpty()) {
            s.append("\n確認事項：なし（団体の要件、経費の区分、他の補助金、上限額はいずれも問題ありません）");
        }
        a.findings.forEach(f -> s.append("\n").append(f.blocking() ? "✕ " : "△ ").append(f.message()));
        return s.toString();
    }

    @Override
    public String confirmRequirements(long id, String decision, String reason, String actor) {
        SubsidyApplication a = get(id);
        a.requireStatus(SubsidyStatus.SUBMITTED);
        String why = reason == null ? null : reason.strip();
        String coordinator = reading.coordinatorGroup(a);
        switch (decision == null ? "" : decision) {
            case "ACCEPT" -> {
                List<String> blocking = a.findings.stream().filter(SubsidyApplication.Finding::blocking)
                        .map(SubsidyApplication.Finding::message).toList();
                if (!blocking.isEmpty()) {
                    throw new BusinessRuleException("次の理由で受理できません。差戻しか不受理を選んでください", blocking);
                }
                a.status = SubsidyStatus.IN_REVIEW;
                events.publishEvent(new SubsidyApplicationAccepted(id, a.groupId, coordinator, a.content.title(), null, why, actor));
            }
            case "SEND_BACK", "REFUSE" -> {
                if (why == null || why.isEmpty()) {
                    throw new BusinessRuleException("差戻し・不受理の理由を書いてください（団体に伝わります）");
                }
                boolean back = "SEND_BACK".equals(decision);
                a.status = back ? SubsidyStatus.SENT_BACK : SubsidyStatus.REFUSED;
                a.statusReason = why;
                events.publishEvent(back
                        ? new SubsidyApplicationSentBack(id, a.groupId, coordinator, a.content.title(), null, why, actor)
                        : new SubsidyApplicationRefused(id, a.groupId, coordinator, a.content.title(), null, why, actor));
            }
            default -> throw new BusinessRuleException("受理・差戻し・不受理のいずれかを選んでください");
        }
        touch(a);
        return decision;
    }

    @Override
    public void resubmitted(long id, String actor) {
        SubsidyApplication a = get(id);
        a.requireStatus(SubsidyStatus.SENT_BACK);
        a.status = SubsidyStatus.SUBMITTED;
        touch(a);
        events.publishEvent(new SubsidyResubmitted(id, a.groupId, reading.coordinatorGroup(a), a.content.title(),
                a.requestedYen, null, actor));
    }

    // ---- 審査・交付決定 ----

    @Override
    @Transactional(readOnly = true)
    public String grantSheet(long id) {
        SubsidyApplication a = get(id);
        StringBuilder s = new StringBuilder(header(a));
        s.append("\n事業期間：").append(JapaneseFormat.day(a.content.periodFrom())).append("〜")
                .append(JapaneseFormat.day(a.content.periodTo()));
        s.append("\n申請額：").append(SubsidyArithmetic.yen(a.requestedYen));
        s.append("\n対象経費：").append(SubsidyArithmetic.yen(a.eligibleYen));
        s.append("\n交付できる上限：").append(SubsidyArithmetic.yen(a.maxYen)).append("（").append(a.maxWorking).append("）");
        a.findings.forEach(f -> s.append("\n△ ").append(f.message()));
        if (a.reviewResult != null) {
            s.append("\n審査の結果：").append(a.reviewResult);
        }
        return s.toString();
    }

    @Override
    public void reviewDocuments(long id, String recommendation, String comment, String actor) {
        SubsidyApplication a = get(id);
        a.requireStatus(SubsidyStatus.IN_REVIEW);
        String label = switch (recommendation == null ? "" : recommendation) {
            case "GRANT" -> "交付が適当";
            case "NOT_GRANT" -> "交付は不適当";
            default -> throw new BusinessRuleException("書類審査の結果（交付が適当／不適当）を選んでください");
        };
        a.reviewResult = "書類審査：" + label + (comment == null || comment.isBlank() ? "" : "（" + comment.strip() + "）");
        touch(a);
        events.publishEvent(new SubsidyDocumentsReviewed(id, a.groupId, reading.coordinatorGroup(a), a.content.title(), null,
                a.reviewResult, actor));
    }

    /** The committee's result (from the call's round), written before the application moves on. */
    void recordCommitteeResult(long id, String result) {
        SubsidyApplication a = get(id);
        a.requireStatus(SubsidyStatus.IN_REVIEW);
        a.reviewResult = "審査会：" + result;
        touch(a);
        events.publishEvent(new SubsidyCommitteeReviewed(id, a.groupId, reading.coordinatorGroup(a), a.content.title(), null,
                a.reviewResult, "system"));
    }

    @Override
    public boolean decideGrant(long id, String decision, Long grantedYen, String reason, String actor) {
        SubsidyApplication a = get(id);
        a.requireStatus(SubsidyStatus.IN_REVIEW);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        SubsidyRules rules = reading.rules(a);
        if ("NOT_GRANT".equals(decision)) {
            if (why == null) {
                throw new BusinessRuleException("交付しない理由を書いてください（団体に通知されます）");
            }
            a.status = SubsidyStatus.NOT_GRANTED;
            a.statusReason = why;
            touch(a);
            events.publishEvent(new SubsidyNotGranted(id, a.groupId, reading.coordinatorGroup(a), a.content.title(), null, why, actor));
            return false;
        }
        if (!"GRANT".equals(decision)) {
            throw new BusinessRuleException("交付する・交付しないのいずれかを選んでください");
        }
        long amount = requireAmount(grantedYen, a.maxYen, a.requestedYen, why, a.maxWorking);
        a.grantedYen = amount;
        a.decisionVersion = 1;
        a.decidedOn = LocalDate.now(clock);
        FiscalYear year = yearOf(a);
        a.reportDue = rules.report().dueFor(a.content.periodTo(), year);
        a.status = SubsidyStatus.GRANTED;
        var d = decision(a, 1, amount, a.eligibleYen, a.maxYen, a.maxWorking, why, a.content.lines(), actor);
        var doc = papers.grantDecision(a, d, rules, year, null, conditions(a));
        d.documentId = doc.id;
        entry(a, LedgerKind.GRANTED, amount, 1, a.decidedOn, "交付決定（" + a.maxWorking + "）", doc.id, actor);
        touch(a);
        events.publishEvent(new SubsidyGranted(id, a.groupId, reading.coordinatorGroup(a), a.content.title(), amount, why, actor));
        return true;
    }

    @Override
    @Transactional(readOnly = true)
    public ReportDates reportDates(long id) {
        SubsidyApplication a = get(id);
        if (a.reportDue == null) {
            throw new IllegalStateException(a.key() + " has no report deadline");
        }
        LocalDate remind = a.reportDue.minus(properties.reportReminderBefore());
        LocalDate today = LocalDate.now(clock);
        return new ReportDates(a.reportDue, remind.isBefore(today) ? today : remind);
    }

    private long requireAmount(Long grantedYen, long maxYen, long requestedYen, String why, String working) {
        if (grantedYen == null || grantedYen <= 0) {
            throw new BusinessRuleException("交付決定額を1円以上で入力してください");
        }
        if (grantedYen > maxYen) {
            throw new BusinessRuleException("交付決定額は上限 " + SubsidyArithmetic.yen(maxYen) + " までです（" + working + "）");
        }
        if (grantedYen < requestedYen && why == null) {
            throw new BusinessRuleException("申請額（" + SubsidyArithmetic.yen(requestedYen) + "）より少なく交付する理由を書いてください");
        }
        if (grantedYen > requestedYen) {
            throw new BusinessRuleException("交付決定額は申請額（" + SubsidyArithmetic.yen(requestedYen) + "）を超えられません");
        }
        return grantedYen;
    }

    private List<String> conditions(SubsidyApplication a) {
        return List.of("事業の内容や経費を変更するときは、あらかじめ変更の届け出をすること（総額が"
                        + reading.rules(a).changeThresholdPercent() + "％を超えて変わる場合や計画の内容が変わる場合は変更承認申請）",
                "事業を中止するときは、速やかに届け出ること（概算払を受けている場合は返還すること）",
                "事業が終わったら、" + jp.kyodoflow.subsidy.documents.WarekiDates.of(a.reportDue) + "までに実績報告を提出すること",
                "支援金の対象となる支出は、交付決定の日以後のものに限ること");
    }

    // ---- 実施 ----

    @Override
    @Transactional(readOnly = true)
    public String advanceSummary(long id) {
        SubsidyApplication a = get(id);
        var pending = pendingAdvance(id);
        return header(a) + "\n交付決定額：" + SubsidyArithmetic.yen(a.grantedYen) + "\n支払済みの概算払：" + SubsidyArithmetic.yen(a.advancedYen)
                + "\n今回の請求額：" + SubsidyArithmetic.yen(pending.requestedYen);
    }

    @Override
    public void payAdvance(long id, LocalDate paidOn, String actor) {
        SubsidyApplication a = get(id);
        var pending = pendingAdvance(id);
        requireDate(paidOn, "支払日");
        pending.status = "PAID";
        pending.paidOn = paidOn;
        pending.paidBy = actor;
        a.advancedYen = Math.addExact(a.advancedYen, pending.requestedYen);
        entry(a, LedgerKind.ADVANCE_PAID, pending.requestedYen, a.decisionVersion, paidOn,
                "概算払（交付決定額 " + SubsidyArithmetic.yen(a.grantedYen) + " のうち）", null, actor);
        touch(a);
        events.publishEvent(new SubsidyAdvancePaid(id, a.groupId, reading.coordinatorGroup(a), a.content.title(),
                pending.requestedYen, null, actor));
    }

    private SubsidyRecords.Advance pendingAdvance(long id) {
        return advances.findByApplicationIdOrderByIdAsc(id).stream().filter(x -> "REQUESTED".equals(x.status)).findFirst()
                .orElseThrow(() -> new BusinessRuleException("支払う概算払の請求がありません"));
    }

    @Override
    @Transactional(readOnly = true)
    public String changeSheet(long id) {
        SubsidyApplication a = get(id);
        var c = pendingChange(id);
        SubsidyRules rules = reading.rules(a);
        long eligible = SubsidyArithmetic.eligibleTotal(SubsidyArithmetic.checkPlanned(SubsidyChecks.planned(c.lines), rules));
        Figure max = SubsidyArithmetic.maxGrant(rules.track(a.trackCode), eligible, rules.rounding());
        return header(a) + "\n変更の理由：" + c.reason + (c.contentChanged ? "\n計画の変更：" + c.planChange : "")
                + "\n経費の総額：" + SubsidyArithmetic.yen(c.oldTotalYen) + " → " + SubsidyArithmetic.yen(c.newTotalYen)
                + "\n現在の交付決定額：" + SubsidyArithmetic.yen(a.grantedYen) + "（第" + a.decisionVersion + "版）"
                + "\n変更後に交付できる上限：" + SubsidyArithmetic.yen(max.yen()) + "（" + max.working() + "）";
    }

    @Override
    public void decideChange(long id, String decision, Long grantedYen, String reason, String actor) {
        SubsidyApplication a = get(id);
        a.requireStatus(SubsidyStatus.GRANTED);
        var c = pendingChange(id);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        c.decidedBy = actor;
        c.decidedAt = OffsetDateTime.now(clock);
        c.decisionReason = why;
        if ("REJECT".equals(decision)) {
            if (why == null) {
                throw new BusinessRuleException("承認しない理由を書いてください");
            }
            c.status = "REJECTED";
            events.publishEvent(new SubsidyChangeRejected(id, a.groupId, reading.coordinatorGroup(a), a.content.title(), null, why, actor));
            return;
        }
        if (!"APPROVE".equals(decision)) {
            throw new BusinessRuleException("承認する・承認しないのいずれかを選んでください");
        }
        SubsidyRules rules = reading.rules(a);
        long eligible = SubsidyArithmetic.eligibleTotal(SubsidyArithmetic.checkPlanned(SubsidyChecks.planned(c.lines), rules));
        Figure max = SubsidyArithmetic.maxGrant(rules.track(a.trackCode), eligible, rules.rounding());
        if (grantedYen == null || grantedYen <= 0 || grantedYen > max.yen()) {
            throw new BusinessRuleException("変更後の交付決定額を1円以上、上限 " + SubsidyArithmetic.yen(max.yen()) + " 以下で入力してください（"
                    + max.working() + "）");
        }
        if (grantedYen < a.advancedYen) {
            throw new BusinessRuleException("変更後の交付決定額は、支払済みの概算払（" + SubsidyArithmetic.yen(a.advancedYen) + "）を下回れません");
        }
        long previous = a.grantedYen;
        int version = a.decisionVersion + 1;
        a.content = new SubsidyInputs.Application(a.content.track(), a.content.theme(), a.content.title(),
                c.contentChanged && c.planChange != null ? a.content.plan() + "\n【変更】" + c.planChange : a.content.plan(),
                a.content.periodFrom(), a.content.periodTo(), a.content.targets(), c.lines, a.content.otherFunding(),
                a.content.requestedYen());
        a.eligibleYen = eligible;
        a.maxYen = max.yen();
        a.maxWorking = max.working();
        a.grantedYen = grantedYen;
        a.decisionVersion = version;
        var d = decision(a, version, grantedYen, eligible, max.yen(), max.working(), why, c.lines, actor);
        var doc = papers.grantDecision(a, d, rules, yearOf(a), previous, conditions(a));
        d.documentId = doc.id;
        c.status = "APPROVED";
        c.grantedYen = grantedYen;
        entry(a, LedgerKind.REGRANTED, grantedYen, version, LocalDate.now(clock), "変更交付決定（第" + version + "版、変更前 "
                + SubsidyArithmetic.yen(previous) + "；" + max.working() + "）", doc.id, actor);
        touch(a);
        events.publishEvent(new SubsidyChangeApproved(id, a.groupId, reading.coordinatorGroup(a), a.content.title(), grantedYen,
                why, actor));
    }

    private SubsidyRecords.Change pendingChange(long id) {
        return changes.findByApplicationIdOrderByIdAsc(id).stream().filter(x -> "PENDING".equals(x.status)).findFirst()
                .orElseThrow(() -> new BusinessRuleException("決裁を待つ変更承認申請がありません"));
    }

    @Override
    public Settlement settleCancellation(long id) {
        SubsidyApplication a = get(id);
        a.requireStatus(SubsidyStatus.CANCELLED);
        changes.findByApplicationIdOrderByIdAsc(id).stream().filter(c -> "PENDING".equals(c.status)).forEach(c -> c.status = "WITHDRAWN");
        advances.findByApplicationIdOrderByIdAsc(id).stream().filter(x -> "REQUESTED".equals(x.status)).forEach(advances::delete);
        a.finalYen = 0L;
        a.finalWorking = "事業の中止により確定額 0円";
        if (a.advancedYen > 0) {
            a.repayYen = a.advancedYen;
            return Settlement.REPAY;
        }
        return Settlement.NONE;
    }

    // ---- 実績報告 ----

    @Override
    public void remindReport(long id) {
        SubsidyApplication a = get(id);
        events.publishEvent(new SubsidyReportReminded(id, a.groupId, reading.coordinatorGroup(a), a.content.title(), null,
                "期限 " + JapaneseFormat.day(a.reportDue), "system"));
    }

    @Override
    public void escalateReport(long id) {
        SubsidyApplication a = get(id);
        events.publishEvent(new SubsidyReportOverdue(id, a.groupId, reading.coordinatorGroup(a), a.content.title(), null,
                "期限 " + JapaneseFormat.day(a.reportDue) + " を過ぎました", "system"));
    }

    @Override
    public void recordChase(long id, String note, String actor) {
        SubsidyApplication a = get(id);
        if (note == null || note.isBlank()) {
            throw new BusinessRuleException("督促の内容（連絡した日と方法、団体の返事）を書いてください");
        }
        events.publishEvent(new SubsidyReportChased(id, a.groupId, reading.coordinatorGroup(a), a.content.title(), null,
                note.strip(), actor));
    }

    @Override
    public void reportSubmitted(long id, String actor) {
        SubsidyApplication a = get(id);
        a.requireStatus(SubsidyStatus.GRANTED);
        if (a.report == null) {
            throw new BusinessRuleException("実績報告がまだ入力されていません。ポータルで入力してから提出してください");
        }
        a.status = SubsidyStatus.REPORTED;
        touch(a);
        events.publishEvent(new SubsidyReportSubmitted(id, a.groupId, reading.coordinatorGroup(a), a.content.title(),
                SubsidyArithmetic.total(actualLines(a)), null, actor));
    }

    @Override
    @Transactional(readOnly = true)
    public String reportSheet(long id) {
        SubsidyApplication a = get(id);
        var r = a.report;
        StringBuilder s = new StringBuilder(header(a));
        s.append("\n目標：").append(a.content.targets());
        s.append("\n活動：").append(r.activities()).append("\n参加者：").append(r.participants()).append("人");
        s.append("\n目標に対する成果：").append(r.outcomes()).append("\n自己評価：").append(r.selfEvaluation());
        var lines = actualLines(a);
        lines.forEach(c -> s.append("\n").append(c.eligible() ? "○ " : "✕ ").append(c.line().description()).append(" ")
                .append(SubsidyArithmetic.yen(c.line().amountYen())).append("（領収日 ").append(JapaneseFormat.day(c.line().receiptOn()))
                .append("）").append(c.eligible() ? "" : "：" + c.reason()));
        s.append("\n実支出の対象経費：").append(SubsidyArithmetic.yen(SubsidyArithmetic.eligibleTotal(lines)));
        return s.toString();
    }

    @Override
    public boolean checkReport(long id, String decision, String comment, String actor) {
        SubsidyApplication a = get(id);
        a.requireStatus(SubsidyStatus.REPORTED);
        String why = comment == null || comment.isBlank() ? null : comment.strip();
        if ("SEND_BACK".equals(decision)) {
            if (why == null) {
                throw new BusinessRuleException("差し戻す理由を書いてください（団体に伝わります）");
            }
            a.status = SubsidyStatus.GRANTED;
            a.statusReason = why;
            touch(a);
            events.publishEvent(new SubsidyReportSentBack(id, a.groupId, reading.coordinatorGroup(a), a.content.title(), null, why, actor));
            return false;
        }
        if (!"ACCEPT".equals(decision)) {
            throw new BusinessRuleException("確認した・差し戻すのいずれかを選んでください");
        }
        SubsidyRules rules = reading.rules(a);
        long actual = SubsidyArithmetic.eligibleTotal(actualLines(a));
        Figure fin = SubsidyArithmetic.finalAmount(a.grantedYen, actual, rules.track(a.trackCode), rules.rounding());
        a.actualEligibleYen = actual;
        a.finalYen = fin.yen();
        a.finalWorking = fin.working();
        touch(a);
        return true;
    }

    private List<SubsidyArithmetic.CheckedLine> actualLines(SubsidyApplication a) {
        return SubsidyArithmetic.checkActual(SubsidyChecks.actual(a.report.lines()), reading.rules(a), a.decidedOn);
    }

    @Override
    @Transactional(readOnly = true)
    public String finalSheet(long id) {
        SubsidyApplication a = get(id);
        var s = SubsidyArithmetic.settle(a.finalYen, a.advancedYen);
        return header(a) + "\n交付決定額：" + SubsidyArithmetic.yen(a.grantedYen) + "\n実支出の対象経費：" + SubsidyArithmetic.yen(a.actualEligibleYen)
                + "\n確定額：" + SubsidyArithmetic.yen(a.finalYen) + "（" + a.finalWorking + "）"
                + "\n概算払済み：" + SubsidyArithmetic.yen(a.advancedYen)
                + (s.toRepayYen() > 0 ? "\n返還額：" + SubsidyArithmetic.yen(s.toRepayYen()) : "\n支払額：" + SubsidyArithmetic.yen(s.toPayYen()));
    }

    @Override
    public Settlement confirmFinal(long id, String actor) {
        SubsidyApplication a = get(id);
        a.requireStatus(SubsidyStatus.REPORTED);
        if (a.finalYen == null) {
            throw new BusinessRuleException("確定額がまだ計算されていません（実績報告の確認が先です）");
        }
        SubsidyRules rules = reading.rules(a);
        var s = SubsidyArithmetic.settle(a.finalYen, a.advancedYen);
        var doc = papers.amountFinalisation(a, rules, yearOf(a), s.toPayYen(), s.toRepayYen());
        entry(a, LedgerKind.FINALISED, a.finalYen, a.decisionVersion, LocalDate.now(clock), a.finalWorking, doc.id, actor);
        a.status = SubsidyStatus.FINALISED;
        a.repayYen = s.toRepayYen();
        touch(a);
        events.publishEvent(new SubsidyAmountFinalised(id, a.groupId, reading.coordinatorGroup(a), a.content.title(), a.finalYen,
                a.finalWorking, actor));
        if (s.toRepayYen() > 0) {
            return Settlement.REPAY;
        }
        if (s.toPayYen() > 0) {
            return Settlement.PAY;
        }
        a.status = SubsidyStatus.SETTLED;
        return Settlement.NONE;
    }

    // ---- 請求・支払・返還 ----

    @Override
    @Transactional(readOnly = true)
    public String paymentSummary(long id) {
        SubsidyApplication a = get(id);
        var s = SubsidyArithmetic.settle(a.finalYen, a.advancedYen);
        return header(a) + "\n確定額：" + SubsidyArithmetic.yen(a.finalYen) + "\n概算払済み：" + SubsidyArithmetic.yen(a.advancedYen)
                + "\n支払額：" + SubsidyArithmetic.yen(s.toPayYen());
    }

    @Override
    public void paymentRequested(long id, String actor) {
        SubsidyApplication a = get(id);
        a.requireStatus(SubsidyStatus.FINALISED);
        a.status = SubsidyStatus.PAYMENT_REQUESTED;
        touch(a);
        events.publishEvent(new SubsidyPaymentRequested(id, a.groupId, reading.coordinatorGroup(a), a.content.title(),
                SubsidyArithmetic.settle(a.finalYen, a.advancedYen).toPayYen(), null, actor));
    }

    @Override
    public void recordPayment(long id, LocalDate paidOn, String actor) {
        SubsidyApplication a = get(id);
        a.requireStatus(SubsidyStatus.PAYMENT_REQUESTED);
        requireDate(paidOn, "支払日");
        long toPay = SubsidyArithmetic.settle(a.finalYen, a.advancedYen).toPayYen();
        a.paidYen = Math.addExact(a.paidYen, toPay);
        a.status = SubsidyStatus.PAID;
        entry(a, LedgerKind.PAID, toPay, a.decisionVersion, paidOn, "確定額 " + SubsidyArithmetic.yen(a.finalYen) + " − 概算払 "
                + SubsidyArithmetic.yen(a.advancedYen) + " = " + SubsidyArithmetic.yen(toPay), null, actor);
        touch(a);
        events.publishEvent(new SubsidyPaid(id, a.groupId, reading.coordinatorGroup(a), a.content.title(), toPay, null, actor));
    }

    @Override
    public LocalDate orderRepayment(long id) {
        SubsidyApplication a = get(id);
        a.requireStatus(SubsidyStatus.FINALISED, SubsidyStatus.CANCELLED);
        SubsidyRules rules = reading.rules(a);
        LocalDate due = LocalDate.now(clock).plus(rules.repaymentPeriod());
        String cause = a.status == SubsidyStatus.CANCELLED ? "事業の中止" : "額の確定";
        a.repayYen = Math.max(0, a.advancedYen - a.finalYen);
        a.repayDue = due;
        var doc = papers.repaymentOrder(a, rules, yearOf(a), cause, a.finalYen, a.repayYen, due);
        entry(a, LedgerKind.REPAYMENT_ORDERED, a.repayYen, a.decisionVersion, LocalDate.now(clock), cause + "：概算払 "
                + SubsidyArithmetic.yen(a.advancedYen) + " − 確定額 " + SubsidyArithmetic.yen(a.finalYen) + " = "
                + SubsidyArithmetic.yen(a.repayYen) + "、納期限 " + JapaneseFormat.day(due), doc.id, "system");
        a.status = SubsidyStatus.REPAYMENT_DUE;
        touch(a);
        events.publishEvent(new SubsidyRepaymentOrdered(id, a.groupId, reading.coordinatorGroup(a), a.content.title(), a.repayYen,
                "納期限 " + JapaneseFormat.day(due), "system"));
        return due;
    }

    @Override
    public void remindRepayment(long id) {
        SubsidyApplication a = get(id);
        if (a.status != SubsidyStatus.REPAYMENT_DUE) {
            return;
        }
        events.publishEvent(new SubsidyRepaymentReminded(id, a.groupId, reading.coordinatorGroup(a), a.content.title(),
                a.repayYen - a.repaidYen, "納期限 " + JapaneseFormat.day(a.repayDue), "system"));
    }

    @Override
    @Transactional(readOnly = true)
    public String repaymentSummary(long id) {
        SubsidyApplication a = get(id);
        return header(a) + "\n返還額：" + SubsidyArithmetic.yen(a.repayYen) + "\n返還済み：" + SubsidyArithmetic.yen(a.repaidYen)
                + "\n未返還：" + SubsidyArithmetic.yen(a.repayYen - a.repaidYen) + "\n納期限：" + JapaneseFormat.day(a.repayDue);
    }

    @Override
    public boolean recordRepayment(long id, LocalDate repaidOn, long amountYen, String actor) {
        SubsidyApplication a = get(id);
        a.requireStatus(SubsidyStatus.REPAYMENT_DUE);
        requireDate(repaidOn, "返還日");
        long outstanding = a.repayYen - a.repaidYen;
        if (amountYen <= 0 || amountYen > outstanding) {
            throw new BusinessRuleException("返還額は1円以上、未返還額（" + SubsidyArithmetic.yen(outstanding) + "）以下で入力してください");
        }
        a.repaidYen = Math.addExact(a.repaidYen, amountYen);
        entry(a, LedgerKind.REPAID, amountYen, a.decisionVersion, repaidOn, "返還（未返還 " + SubsidyArithmetic.yen(outstanding)
                + " → " + SubsidyArithmetic.yen(outstanding - amountYen) + "）", null, actor);
        boolean done = a.repaidYen == a.repayYen;
        if (done) {
            a.status = SubsidyStatus.REPAID;
        }
        touch(a);
        events.publishEvent(new SubsidyRepaid(id, a.groupId, reading.coordinatorGroup(a), a.content.title(), amountYen, null, actor));
        return done;
    }

    // ---- helpers ----

    private SubsidyApplication get(long id) {
        return applications.findById(id).orElseThrow(() -> new IllegalStateException("no subsidy application " + id));
    }

    private FiscalYear yearOf(SubsidyApplication a) {
        return new FiscalYear(calls.findById(a.callId).orElseThrow().fiscalYear);
    }

    private String header(SubsidyApplication a) {
        SubsidyRules r = reading.rules(a);
        return a.key() + " " + a.content.title() + "\n団体：" + reading.groupName(a.groupId) + "\n支援金：" + r.programme(a.programmeCode).name()
                + "・" + r.track(a.trackCode).label() + (a.content.theme() == null || a.content.theme().isBlank() ? ""
                : "（重点テーマ：" + a.content.theme() + "）") + "\n規則：" + rulebook.get(a.rulesId).label();
    }

    private void touch(SubsidyApplication a) {
        a.updatedAt = OffsetDateTime.now(clock);
    }

    private static void requireDate(LocalDate d, String what) {
        if (d == null) {
            throw new BusinessRuleException(what + "を入力してください");
        }
    }

    private SubsidyRecords.Decision decision(SubsidyApplication a, int version, long amount, long eligible, long max,
                                             String working, String why, List<SubsidyInputs.BudgetLine> lines, String actor) {
        var d = new SubsidyRecords.Decision();
        d.applicationId = a.id;
        d.versionNo = version;
        d.grantedYen = amount;
        d.eligibleYen = eligible;
        d.maxYen = max;
        d.requestedYen = a.requestedYen;
        d.working = working;
        d.reason = why;
        d.lines = lines;
        d.decidedBy = actor;
        d.decidedOn = LocalDate.now(clock);
        d.createdAt = OffsetDateTime.now(clock);
        return decisions.saveAndFlush(d);
    }

    private void entry(SubsidyApplication a, LedgerKind kind, long amount, Integer version, LocalDate on, String working,
                       Long documentId, String actor) {
        var e = new SubsidyRecords.LedgerEntry();
        e.applicationId = a.id;
        e.kind = kind;
        e.amountYen = amount;
        e.decisionVersion = version;
        e.occurredOn = on;
        e.rulesId = a.rulesId;
        e.working = working;
        e.documentId = documentId;
        e.actor = actor;
        e.recordedAt = OffsetDateTime.now(clock);
        ledger.save(e);
    }

    static final Set<SubsidyStatus> COMPLETED = Set.of(SubsidyStatus.PAID, SubsidyStatus.REPAID, SubsidyStatus.SETTLED);
}
