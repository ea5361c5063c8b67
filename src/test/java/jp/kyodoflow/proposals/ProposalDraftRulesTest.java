package jp.kyodoflow.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import jp.kyodoflow.proposals.ProposalContent.Budget;
import jp.kyodoflow.proposals.ProposalContent.Expense;
import jp.kyodoflow.proposals.ProposalContent.Target;
import org.junit.jupiter.api.Test;

/** Drafts may be incomplete but are bounded: lengths, rows, amounts, characters. Submission keeps every bound too. */
class ProposalDraftRulesTest {

    static ProposalContent only(String title, Budget budget) {
        return new ProposalContent(title, null, null, null, null, null, null, null, null, null, null, null, null, null, budget);
    }

    @Test
    void anIncompleteDraftWithinTheBoundsHasNoProblems() {
        assertThat(ProposalRules.draftProblems(only(null, null))).isEmpty();
        assertThat(ProposalRules.draftProblems(only("途中まで", new Budget(null, 0L, null,
                List.of(new Expense(null, null, 0L)))))).isEmpty();
        assertThat(ProposalRules.draftProblems(new ProposalRulesTest.Draft().build())).isEmpty();
    }

    @Test
    void lengthsRowsAmountsAndCharactersAreBoundedInDrafts() {
        assertThat(ProposalRules.draftProblems(only("あ".repeat(100 * 1024), null)))
                .containsExactly("事業名が長すぎます（102400文字、上限100文字）");
        List<Expense> many = new ArrayList<>(Collections.nCopies(5000, new Expense("謝金", "講師", 1L)));
        assertThat(ProposalRules.draftProblems(only("t", new Budget(0L, 0L, 0L, many))))
                .containsExactly("支出の行が多すぎます（5000行、上限100行）");
        assertThat(ProposalRules.draftProblems(only("t", new Budget(-5L, null, AMOUNT_OVER, List.of(new Expense("謝金", "x", -1L))))))
                .containsExactly("自己資金が0円未満です（-5円）", "その他の収入が大きすぎます（100,000,000,001円、上限100,000,000,000円）",
                        "支出1の金額が0円未満です（-1円）");
        ProposalContent rows = new ProposalContent("t", null, null, Collections.nCopies(21, new Target("a", "b", "c")), null, null,
                null, "x".repeat(65), Collections.nCopies(21, "周知"), List.of("あ".repeat(501)), null, null, 0,
                Collections.nCopies(21, "dept-kosodate"), null);
        assertThat(ProposalRules.draftProblems(rows)).containsExactly("協働の形態が長すぎます（65文字、上限64文字）",
                "目標の行が多すぎます（21行、上限20行）", "市の役割の行が多すぎます（21行、上限20行）",
                "関係課の行が多すぎます（21行、上限20行）", "団体の役割1が長すぎます（501文字、上限500文字）",
                "事業の年次（0年目）は1～10年目で入力してください");
        assertThat(ProposalRules.draftProblems(only("題\u0000名", null))).containsExactly("事業名に使えない文字（制御文字）が含まれています");
        assertThat(ProposalRules.draftProblems(new ProposalContent("t", "一行目\n二行目\tタブ", null, null, null, null, null, null,
                null, null, null, null, null, null, null))).as("line breaks and tabs in long texts").isEmpty();
    }

    @Test
    void aSubmissionWithTooManyRowsGetsOneSentenceNotOnePerRow() {
        ProposalRulesTest.Draft d = new ProposalRulesTest.Draft();
        d.expenses = new ArrayList<>(Collections.nCopies(5000, new Expense("飲食費", "懇親会", -1L)));
        assertThat(ProposalRulesTest.problems(d)).containsExactly("支出の行が多すぎます（5000行、上限100行）");
        ProposalRulesTest.Draft nul = new ProposalRulesTest.Draft();
        nul.purpose = "目的\u0000";
        assertThat(ProposalRulesTest.problems(nul)).containsExactly("事業の目的に使えない文字（制御文字）が含まれています");
    }

    static final Long AMOUNT_OVER = 100_000_000_001L;
}
