package jp.kyodoflow.projects;

/** Where a collaboration project stands; the label is what people read. */
public enum ProjectStatus {
    CONSIDERING("協働の検討中"),
    NOT_SUITABLE("協働しないことに決定"),
    FORM_SELECTED("協働のかたちを選択済み"),
    ENDORSED("後援を承認"),
    ENDORSEMENT_REJECTED("後援を不承認"),
    RECORDED("情報交換・参画として記録"),
    ARRANGING("取り決めの準備中"),
    AGREEMENT_SIGNING("協定の署名待ち"),
    RUNNING("事業実施中"),
    EVALUATING("評価中"),
    REVIEWING("見直し中"),
    ENDED("事業終了"),
    ENDED_MAX_YEARS("上限年数により終了");

    private final String label;

    ProjectStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
