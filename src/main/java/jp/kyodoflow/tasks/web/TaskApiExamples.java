package jp.kyodoflow.tasks.web;

/**
 * Completion bodies of a few tasks, one per example, named after the task: the keys of the task's
 * Camunda Form (GET /api/tasks/{id}/form lists them for any task).
 */
final class TaskApiExamples {

    private TaskApiExamples() {
    }

    static final String REVIEW_REGISTRATION = """
            {"registrationDecision": "REGISTER", "decisionReason": "登録要件をすべて満たしています"}""";

    static final String CONSIDER_COLLABORATION = """
            {"collaborationDecision": "YES",
             "considerationReason": "地域の団体の力を借りることで、見守りの担い手を確保できるため"}""";

    static final String CONFIRM_ELIGIBILITY = """
            {"eligibilityDecision": "ELIGIBLE", "eligibilityReason": "提出書類と募集要件を確認しました"}""";

    static final String GIVE_OPINION = """
            {"feasibility": "FEASIBLE", "roleFit": "APPROPRIATE", "budgetAvailability": "AVAILABLE",
             "opinionComments": "会場の提供と広報で協力できます"}""";
}
