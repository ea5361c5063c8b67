package jp.kyodoflow.subsidy;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What the subsidy module shows: to the group (its own cases only), to staff, and to the public (awards). */
public final class SubsidyViews {
    private SubsidyViews() {
    }

    @Schema(name = "SubsidyApplicationView")
    public record ApplicationView(long id, String key, long groupId, String groupName, String programmeName,
                                  String section, String trackCode, String trackLabel, String status, String statusLabel,
                                  SubsidyInputs.Application content, List<FindingView> findings, long requestedYen,
                                  long eligibleYen, long maxYen, String maxWorking, Long grantedYen, int decisionVersion,
                                  LocalDate decidedOn, LocalDate reportDue, SubsidyInputs.Report report,
                                  List<FindingView> reportFindings, Long finalYen, String finalWorking, long advancedYen,
                                  long paidYen, long repayYen, long repaidYen, LocalDate repayDue, String statusReason,
                                  String reviewResult, String rulesLabel, List<DecisionView> decisions,
                                  List<DocumentView> documents, List<ChangeView> changes, List<AdvanceView> advances,
                                  List<String> actions, OffsetDateTime submittedAt) {
    }

    /** A finding of a check: a flagged line or a refusal reason. */
    @Schema(name = "SubsidyFindingView")
    public record FindingView(String kind, String message, boolean blocking) {
    }

    @Schema(name = "SubsidyDecisionView")
    public record DecisionView(int version, long grantedYen, long eligibleYen, long maxYen, String working, String reason,
                               LocalDate decidedOn, Long documentId) {
    }

    @Schema(name = "SubsidyDocumentView")
    public record DocumentView(long id, String kind, String kindLabel, String number, LocalDate issuedOn) {
    }

    @Schema(name = "SubsidyChangeView")
    public record ChangeView(long id, String kindLabel, String statusLabel, String reason, long oldTotalYen,
                             long newTotalYen, Long grantedYen, String decisionReason, OffsetDateTime requestedAt) {
    }

    @Schema(name = "SubsidyAdvanceView")
    public record AdvanceView(long id, long requestedYen, String statusLabel, OffsetDateTime requestedAt, LocalDate paidOn) {
    }

    @Schema(name = "SubsidyLedgerView")
    public record LedgerView(long applicationId, String key, String title, String groupName, List<LedgerLine> lines,
                             Long grantedYen, long advancedYen, Long finalYen, long paidYen, long repayYen, long repaidYen,
                             long outstandingYen) {
    }

    /** A ledger line: what happened, the amount, the working of the rule and the rules version it used. */
    @Schema(name = "SubsidyLedgerLine")
    public record LedgerLine(String kind, String kindLabel, long amountYen, Integer decisionVersion, LocalDate occurredOn,
                             String working, String rulesLabel, Long documentId, String actor) {
    }

    @Schema(name = "SubsidySummary")
    public record Summary(long id, String key, long groupId, String groupName, String title, String programmeName,
                          String trackLabel, String statusLabel, long requestedYen, Long grantedYen,
                          OffsetDateTime submittedAt) {
    }

    @Schema(name = "SubsidyCallView")
    public record CallView(long id, String title, int fiscalYear, String fiscalYearLabel, OffsetDateTime opensAt,
                           OffsetDateTime closesAt, boolean open, String rulesLabel, List<ProgrammeView> programmes,
                           List<TrackView> tracks, List<String> priorityThemes, List<CategoryView> categories,
                           List<String> combinableFunds, String rounding) {
    }

    @Schema(name = "SubsidyProgrammeView")
    public record ProgrammeView(String code, String name, String section, List<String> areas) {
    }

    @Schema(name = "SubsidyTrackView")
    public record TrackView(String code, String label, long capYen, String rate, String reviewLabel, boolean needsTheme) {
    }

    @Schema(name = "SubsidyCategoryView")
    public record CategoryView(String code, String label, boolean eligible, String reason) {
    }

    @Schema(name = "SubsidyAwardView")
    public record AwardView(long awardId, int fiscalYear, String fiscalYearLabel, OffsetDateTime publishedAt,
                            List<AwardLine> lines) {
    }

    @Schema(name = "SubsidyAwardLine")
    public record AwardLine(int position, String rankLabel, String groupName, String title, String programmeName,
                            String trackLabel, String outcomes) {
    }

    @Schema(name = "SubsidyPdf")
    public record Pdf(String filename, byte[] bytes) {
    }
}
