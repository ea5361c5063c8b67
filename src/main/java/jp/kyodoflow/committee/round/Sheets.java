package jp.kyodoflow.committee.round;

/** Rows of the dynamic sheets that the committee's forms (and the API) show and send back. */
public final class Sheets {
    private Sheets() {
    }

    public record InterestRow(Long proposalId, String proposalTitle, String applicantName, String registerMatch,
                              Boolean hasInterest, String note) {
    }

    public record ScoreRow(Long proposalId, String proposalTitle, String criterionCode, String criterionName,
                           String range, Integer score) {
    }

    public record HearingRow(Long proposalId, String proposalTitle, Integer position) {
    }

    public record CommentRow(Long proposalId, String proposalTitle, String resultLabel, String comment) {
    }

    public record DecisionRow(Long proposalId, String proposalTitle, String recommendationLabel, String decision,
                              String conditions, String deviationReason) {
    }
}
