package jp.kyodoflow.workflow;

/** Process definition keys and message names, the contract between code and models. */
public final class ProcessKeys {
    public static final String GROUP_REGISTRATION = "GroupRegistrationProcess";
    public static final String COLLABORATION_PROJECT = "CollaborationProjectProcess";
    public static final String COMMITTEE_REVIEW = "CommitteeReviewProcess";
    public static final String CITIZEN_PROPOSAL = "CitizenProposalProcess";
    public static final String CITIZEN_PROPOSAL_ROUND = "CitizenProposalRoundProcess";
    public static final String ADMINISTRATION_THEME = "AdministrationThemeProcess";
    public static final String ADMINISTRATION_CALL = "AdministrationCallProcess";
    public static final String THEME_QUESTION = "ThemeQuestionProcess";
    public static final String SUBSIDY_APPLICATION = "SubsidyApplicationProcess";
    public static final String SUBSIDY_CALL = "SubsidyCallProcess";
    public static final String SUBSIDY_AWARD = "SubsidyAwardProcess";
    /** The committee has reviewed an application of a call (SubsidyCallProcess → SubsidyApplicationProcess). */
    public static final String MSG_SUBSIDY_REVIEWED = "SubsidyReviewed";
    public static final String MSG_SUBSIDY_ADVANCE_REQUESTED = "SubsidyAdvanceRequested";
    public static final String MSG_SUBSIDY_CHANGE_REQUESTED = "SubsidyChangeRequested";
    public static final String MSG_SUBSIDY_CANCELLED = "SubsidyCancelled";
    public static final String MSG_PROPOSAL_REVIEW_DECIDED = "ProposalReviewDecided";
    public static final String MSG_BUDGET_VOTED = "BudgetVoted";
    /** Message start of the project flow when a proposal scheme has already chosen the partner. */
    public static final String MSG_PARTNER_CHOSEN = "CollaborationPartnerChosen";
    /**
     * The only processes a person may start from outside (Tasklist, the engine REST API): a
     * registration application, a department's problem, a department's theme (行政提案型) and the coordinator's yearly
     * subsidy award (優良事業表彰). Every other
     * process starts from inside.
     */
    public static final java.util.Set<String> PUBLIC_START = java.util.Set.of(GROUP_REGISTRATION, COLLABORATION_PROJECT,
            ADMINISTRATION_THEME, SUBSIDY_AWARD);

    private ProcessKeys() {
    }
}
