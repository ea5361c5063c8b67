package jp.kyodoflow.workflow;

/** Process definition keys and message names, the contract between code and models. */
public final class ProcessKeys {
    public static final String GROUP_REGISTRATION = "GroupRegistrationProcess";
    public static final String COLLABORATION_PROJECT = "CollaborationProjectProcess";
    public static final String COMMITTEE_REVIEW = "CommitteeReviewProcess";
    /** Message start of the project flow when a proposal scheme has already chosen the partner. */
    public static final String MSG_PARTNER_CHOSEN = "CollaborationPartnerChosen";

    private ProcessKeys() {
    }
}
