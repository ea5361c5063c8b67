package jp.kyodoflow.subsidy;

import java.util.ArrayList;
import java.util.List;
import jp.kyodoflow.common.FiscalYear;
import jp.kyodoflow.common.NotFoundException;
import jp.kyodoflow.groups.GroupRegister;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.security.Roles;
import jp.kyodoflow.subsidy.SubsidyViews.ApplicationView;
import jp.kyodoflow.subsidy.SubsidyViews.CallView;
import jp.kyodoflow.subsidy.SubsidyViews.FindingView;
import jp.kyodoflow.subsidy.SubsidyViews.LedgerLine;
import jp.kyodoflow.subsidy.SubsidyViews.LedgerView;
import jp.kyodoflow.subsidy.SubsidyViews.ProgrammeView;
import jp.kyodoflow.subsidy.SubsidyViews.Summary;
import org.springframework.stereotype.Component;

/** Turns the module's records into the views groups and staff read; who may read what is decided here. */
@Component
class SubsidyReading {

    private final SubsidyRulebook rulebook;
    private final DecisionRepository decisions;
    private final LedgerRepository ledger;
    private final DocumentRepository documents;
    private final ChangeRepository changes;
    private final AdvanceRepository advances;
    private final GroupRegister register;

    SubsidyReading(SubsidyRulebook rulebook, DecisionRepository decisions, LedgerRepository ledger,
                   DocumentRepository documents, ChangeRepository changes, AdvanceRepository advances, GroupRegister register) {
        this.rulebook = rulebook;
        this.decisions = decisions;
        this.ledger = ledger;
        this.documents = documents;
        this.changes = changes;
        this.advances = advances;
        this.register = register;
    }

    /** The coordinator, the approver, administrators, and the coordinators of the application's programme. */
    boolean staffMayRead(CurrentUser user, SubsidyApplication a) {
        return user.has(Roles.COORDINATOR) || user.has(Roles.APPROVER) || user.has(Roles.ADMIN)
                || user.has(coordinatorGroup(a));
    }

    SubsidyRules rules(SubsidyApplication a) {
        return rulebook.get(a.rulesId).rules();
    }

    String coordinatorGroup(SubsidyApplication a) {
        return rules(a).programme(a.programmeCode).coordinatorGroup();
    }

    String groupName(long groupId) {
        return register.find(groupId).map(g -> g.group().name()).orElse("団体" + groupId);
    }

    CallView call(SubsidyCall c) {
        var v = rulebook.get(c.rulesId);
        SubsidyRules r = v.rules();
        return new CallView(c.id, c.title, c.fiscalYear, new FiscalYear(c.fiscalYear).label(), c.opensAt, c.closesAt,
                c.status == SubsidyCall.Status.OPEN, v.label(), r.programmes().stream().map(SubsidyReading::programme).toList(),
                r.tracks().stream().map(t -> new SubsidyViews.TrackView(t.code(), t.label(), t.capYen(), t.rateLabel(),
                        t.review() == SubsidyRules.Review.DOCUMENTS ? "書類審査" : "審査会（公開ヒアリング）", t.needsTheme())).toList(),
                r.priorityThemes(), r.expenseCategories().stream().map(e -> new SubsidyViews.CategoryView(e.code(), e.label(),
                        e.eligible(), e.reason())).toList(), r.combinableFunds(), r.rounding().label());
    }

    static ProgrammeView programme(SubsidyRules.Programme p) {
        return new ProgrammeView(p.code(), p.name(), p.section(), p.areas());
    }

    /** The groups' names by id, in one statement (a page of a list). */
    java.util.Map<Long, String> groupNames(java.util.Collection<Long> groupIds) {
        return register.names(groupIds);
    }

    Summary summary(SubsidyApplication a) {
        return summary(a, java.util.Map.of(a.groupId, groupName(a.groupId)));
    }

    /** As {@link #summary(SubsidyApplication)} with the group's name from names read for a whole page. */
    Summary summary(SubsidyApplication a, java.util.Map<Long, String> names) {
        SubsidyRules r = rules(a);
        String name = names.getOrDefault(a.groupId, "団体" + a.groupId);
        return new Summary(a.id, a.key(), a.groupId, name, a.content.title(), r.programme(a.programmeCode).name(),
                r.track(a.trackCode).label(), a.status.label(), a.requestedYen, a.grantedYen, a.submittedAt);
    }

    ApplicationView view(SubsidyApplication a, CurrentUser user) {
        var version = rulebook.get(a.rulesId);
        SubsidyRules r = version.rules();
        var programme = r.programme(a.programmeCode);
        List<FindingView> reportFindings = List.of();
        if (a.report != null && a.decidedOn != null) {
            reportFindings = SubsidyArithmetic.checkActual(SubsidyChecks.actual(a.report.lines()), r, a.decidedOn).stream()
                    .filter(c -> !c.eligible()).map(c -> new FindingView("LINE", "経費「" + c.line().description() + "」"
                            + SubsidyArithmetic.yen(c.line().amountYen()) + "：" + c.reason(), false)).toList();
        }
        var changeList = changes.findByApplicationIdOrderByIdAsc(a.id);
        var advanceList = advances.findByApplicationIdOrderByIdAsc(a.id);
        boolean showInternal = staffMayRead(user, a);
        return new ApplicationView(a.id, a.key(), a.groupId, groupName(a.groupId), programme.name(), programme.section(),
                a.trackCode, r.track(a.trackCode).label(), a.status.name(), a.status.label(), a.content,
                a.findings.stream().map(f -> new FindingView(f.kind(), f.message(), f.blocking())).toList(), a.requestedYen,
                a.eligibleYen, a.maxYen, a.maxWorking, a.grantedYen, a.decisionVersion, a.decidedOn, a.reportDue, a.report,
                reportFindings, a.finalYen, a.finalWorking, a.advancedYen, a.paidYen, a.repayYen, a.repaidYen, a.repayDue,
                a.statusReason, showInternal || a.status != SubsidyStatus.IN_REVIEW ? a.reviewResult : null, version.label(),
                decisions.findByApplicationIdOrderByVersionNoAsc(a.id).stream().map(d -> new SubsidyViews.DecisionView(
                        d.versionNo, d.grantedYen, d.eligibleYen, d.maxYen, d.working, d.reason, d.decidedOn, d.documentId)).toList(),
                documents.findByApplicationIdOrderByIdAsc(a.id).stream().map(d -> new SubsidyViews.DocumentView(d.id,
                        d.kind.name(), d.kind.label, d.documentNumber, d.issuedOn)).toList(),
                changeList.stream().map(c -> new SubsidyViews.ChangeView(c.id, "MINOR".equals(c.kind) ? "軽微な変更" : "変更承認申請",
                        changeStatus(c.status), c.reason, c.oldTotalYen, c.newTotalYen, c.grantedYen, c.decisionReason,
                        c.requestedAt)).toList(),
                advanceList.stream().map(x -> new SubsidyViews.AdvanceView(x.id, x.requestedYen,
                        "PAID".equals(x.status) ? "支払済み" : "請求中", x.requestedAt, x.paidOn)).toList(),
                user.actsFor(a.groupId) ? actions(a, changeList, advanceList) : List.of(), a.submittedAt);
    }

    /** What the group may do now, as the portal offers it. */
    static List<String> actions(SubsidyApplication a, List<SubsidyRecords.Change> changeList,
                                List<SubsidyRecords.Advance> advanceList) {
        List<String> out = new ArrayList<>();
        switch (a.status) {
            case SENT_BACK -> out.add("CORRECT");
            case GRANTED -> {
                if (advanceList.stream().noneMatch(x -> "REQUESTED".equals(x.status)) && a.grantedYen > a.advancedYen) {
                    out.add("ADVANCE");
                }
                if (changeList.stream().noneMatch(c -> "PENDING".equals(c.status))) {
                    out.add("CHANGE");
                }
                out.add("REPORT");
                out.add("CANCEL");
            }
            case FINALISED -> {
                if (a.finalYen != null && a.finalYen > a.advancedYen) {
                    out.add("REQUEST_PAYMENT");
                }
            }
            default -> {
            }
        }
        return out;
    }

    private static String changeStatus(String s) {
        return switch (s) {
            case "RECORDED" -> "記録済み";
            case "PENDING" -> "決裁待ち";
            case "APPROVED" -> "承認";
            case "REJECTED" -> "不承認";
            default -> s;
        };
    }

    LedgerView ledger(SubsidyApplication a) {
        List<LedgerLine> lines = ledger.findByApplicationIdOrderByIdAsc(a.id).stream().map(this::line).toList();
        long outstanding = Math.max(0, a.repayYen - a.repaidYen);
        return new LedgerView(a.id, a.key(), a.content.title(), groupName(a.groupId), lines, a.grantedYen, a.advancedYen,
                a.finalYen, a.paidYen, a.repayYen, a.repaidYen, outstanding);
    }

    LedgerLine line(SubsidyRecords.LedgerEntry e) {
        return new LedgerLine(e.kind.name(), e.kind.label, e.amountYen, e.decisionVersion, e.occurredOn, e.working,
                rulebook.get(e.rulesId).label(), e.documentId, e.actor);
    }

    SubsidyViews.Pdf document(SubsidyApplication a, long documentId) {
        var d = documents.findById(documentId).filter(x -> x.applicationId == a.id)
                .orElseThrow(() -> new NotFoundException("書類が見つかりません"));
        return new SubsidyViews.Pdf(d.documentNumber + "_" + d.kind.label + ".pdf", d.pdf);
    }
}
