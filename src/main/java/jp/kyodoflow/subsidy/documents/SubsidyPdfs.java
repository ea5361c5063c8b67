package jp.kyodoflow.subsidy.documents;

import org.springframework.stereotype.Component;

/** PLACEHOLDER until the PDF renderer lands (same signatures); replaced by the real one in the merge. */
@Component
public class SubsidyPdfs {
    public byte[] grantDecision(GrantDecision d) {
        throw new UnsupportedOperationException("PDF renderer not merged yet");
    }

    public byte[] amountFinalisation(AmountFinalisation d) {
        throw new UnsupportedOperationException("PDF renderer not merged yet");
    }

    public byte[] repaymentOrder(RepaymentOrder d) {
        throw new UnsupportedOperationException("PDF renderer not merged yet");
    }
}
