package jp.kyodoflow.agreements;

import jp.kyodoflow.common.BusinessRuleException;

/** A side's answer to a version of the agreement; stored by name (agreement_signature.decision). */
public enum SignatureDecision {
    SIGNED,
    CHANGES_REQUESTED;

    /** The answer as the signing forms send it: {@code SIGN} or {@code REQUEST_CHANGES}. */
    static SignatureDecision fromForm(String value) {
        if ("SIGN".equals(value)) {
            return SIGNED;
        }
        if ("REQUEST_CHANGES".equals(value)) {
            return CHANGES_REQUESTED;
        }
        throw new BusinessRuleException("「署名する」または「修正を求める」を選んでください");
    }
}
