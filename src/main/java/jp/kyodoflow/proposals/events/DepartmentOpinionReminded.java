package jp.kyodoflow.proposals.events;

/** A department's opinion is due soon and the department was reminded (no line in the history). */
public record DepartmentOpinionReminded(long proposalId, String department, String title) {
}
