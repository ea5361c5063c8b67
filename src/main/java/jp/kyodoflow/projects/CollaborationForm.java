package jp.kyodoflow.projects;

/** 協働のかたち, and what each form needs before the project runs (processes.md §1 step 3). */
public enum CollaborationForm {
    SUBSIDY("補助・助成", Arrangement.GRANT),
    COHOSTING("共催", Arrangement.AGREEMENT),
    ENDORSEMENT("後援", Arrangement.APPROVAL_ONLY),
    COMMISSION("委託", Arrangement.CONTRACT),
    COOPERATION_AGREEMENT("事業協力・協定", Arrangement.AGREEMENT),
    EXECUTIVE_COMMITTEE("実行委員会・協議会", Arrangement.AGREEMENT),
    PLANNING_PARTICIPATION("政策・企画計画への参画", Arrangement.RECORD_ONLY),
    INFORMATION_EXCHANGE("情報提供・情報交換", Arrangement.RECORD_ONLY);

    public enum Arrangement { GRANT, CONTRACT, AGREEMENT, APPROVAL_ONLY, RECORD_ONLY }

    private final String label;
    private final Arrangement arrangement;

    CollaborationForm(String label, Arrangement arrangement) {
        this.label = label;
        this.arrangement = arrangement;
    }

    public String label() {
        return label;
    }

    public Arrangement arrangement() {
        return arrangement;
    }

    /** The label of a stored code; a code no longer known is shown as it is, no code as "". */
    public static String labelOf(String code) {
        try {
            return code == null ? "" : valueOf(code).label();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    public static CollaborationForm parse(String code) {
        try {
            return valueOf(code);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new jp.kyodoflow.common.BusinessRuleException("協働のかたちを選んでください");
        }
    }
}
