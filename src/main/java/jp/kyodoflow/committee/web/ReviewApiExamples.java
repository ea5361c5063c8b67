package jp.kyodoflow.committee.web;

/**
 * Request examples of the committee API, valid as shown in a new installation with the demo data:
 * configuration 3 is 大府市方式 (公開プレゼンテーション only, items 0–5), committee1–3 are committee
 * members, group 1 is registered, and the first round's proposal has id 1.
 */
final class ReviewApiExamples {

    private ReviewApiExamples() {
    }

    static final String CONFIG = """
            {"name": "市民提案型 審査基準（例）",
             "rules": {"stages": ["DOCUMENT", "HEARING"],
                       "criteria": [
                         {"code": "publicBenefit", "name": "公益性", "weight": 2, "minScore": 1, "maxScore": 5},
                         {"code": "feasibility", "name": "実現可能性", "weight": 2, "minScore": 1, "maxScore": 5},
                         {"code": "collaborationNeed", "name": "協働の必要性・相乗効果", "weight": 1, "minScore": 1, "maxScore": 5}],
                       "threshold": {"kind": "NORMALISED_100", "value": 60},
                       "stage1Threshold": {"kind": "NORMALISED_100", "value": 50},
                       "conflictPolicy": "EXCLUDE", "minScorers": 3,
                       "tieBreak": "HIGHER_CRITERION", "tieBreakCriterion": "publicBenefit",
                       "budgetYen": 3000000, "anonymised": true}}""";

    static final String ROUND = """
            {"title": "協働事業提案 公開審査会", "configId": 3, "budgetYen": 1000000,
             "members": [{"userId": "committee1", "affiliation": "学識経験者", "chair": true},
                         {"userId": "committee2", "affiliation": "市民委員", "chair": false},
                         {"userId": "committee3", "affiliation": "市民委員", "chair": false}],
             "proposals": [{"refType": "APPLICATION", "refId": 101,
                            "title": "川沿いの清掃と見守り活動", "applicantGroupId": 1,
                            "requestedYen": 400000}]}""";

    static final String SCORES = """
            {"stage": "HEARING", "abstain": false, "note": "",
             "scores": [{"proposalId": 1, "criterionCode": "publicBenefit", "score": 4},
                        {"proposalId": 1, "criterionCode": "collaborationNeed", "score": 3},
                        {"proposalId": 1, "criterionCode": "feasibility", "score": 4},
                        {"proposalId": 1, "criterionCode": "roleSharing", "score": 3},
                        {"proposalId": 1, "criterionCode": "budgetAdequacy", "score": 5}]}""";

    static final String ABSTENTION = """
            {"stage": "HEARING", "abstain": true, "note": "当日欠席のため採点しません", "scores": []}""";

    static final String ATTENDANCE = """
            {"proposalId": 1, "attended": true}""";
}
