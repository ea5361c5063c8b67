package jp.kyodoflow.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.kyodoflow.proposals.ProposalContent.Expense;
import jp.kyodoflow.proposals.ProposalContent.Target;
import org.junit.jupiter.api.Test;

/** Each problem of a proposal names its field (the path a form uses), with the same sentence the API returns. */
class ProposalFieldProblemsTest {

    static List<ProposalProblem> problems(ProposalRulesTest.Draft d) {
        return ProposalRules.fieldProblems(d.build(), ProposalRulesTest.SAGAMIHARA, ProposalRulesTest.DEPARTMENTS);
    }

    @Test
    void theSentencesAreThoseOfTheApiInTheSameOrder() {
        ProposalRulesTest.Draft d = new ProposalRulesTest.Draft();
        d.title = " ";
        d.periodFrom = null;
        d.expenses.set(2, new Expense(null, "チラシ", -1L));
        assertThat(problems(d)).extracting(ProposalProblem::message).containsExactlyElementsOf(ProposalRulesTest.problems(d));
        assertThat(ProposalRules.draftFieldProblems(d.build())).extracting(ProposalProblem::message)
                .containsExactlyElementsOf(ProposalRules.draftProblems(d.build()));
    }

    @Test
    void rowsTextsDatesAndAmountsNameTheirField() {
        ProposalRulesTest.Draft d = new ProposalRulesTest.Draft();
        d.title = null;
        d.targets = new ArrayList<>(List.of(new Target("開催", "回数", "年24回"), new Target("周知", null, " ")));
        d.groupRoles = new ArrayList<>(List.of(" "));
        d.collaborationForm = "COOPERATION";
        d.departments = new ArrayList<>(List.of("どこにもない課"));
        d.periodTo = LocalDate.of(2027, 4, 30);
        d.expenses.set(2, new Expense("旅行", "チラシ", null));
        assertThat(problems(d)).extracting(ProposalProblem::field, ProposalProblem::message).containsExactly(
                tuple("title", "事業名が入力されていません"),
                tuple("targets[1].targetValue", "目標2の目標値が入力されていません"),
                tuple("groupRoles", "団体の役割が1件も入力されていません"),
                tuple("collaborationForm", "協働の形態「COOPERATION」は選択できません"),
                tuple("departments", "関係課「どこにもない課」は登録されていません"),
                tuple("periodTo", "事業期間（2026年4月1日～2027年4月30日）が令和8年度（2026年4月1日～2027年3月31日）に収まっていません"),
                tuple("budget.expenses[2].category", "支出3の費目「旅行」は対象の費目ではありません"),
                tuple("budget.expenses[2].amount", "支出3の金額が入力されていません"));
    }

    @Test
    void totalsThatDoNotMatchAndACityShareOverTheRuleNameTheBalanceAndTheShare() {
        ProposalRulesTest.Draft unbalanced = new ProposalRulesTest.Draft();
        unbalanced.own = 0L;
        assertThat(problems(unbalanced)).extracting(ProposalProblem::field).containsExactly("budget.balance");
        ProposalRulesTest.Draft over = new ProposalRulesTest.Draft().cost(500_000, 460_000);
        assertThat(problems(over)).extracting(ProposalProblem::field).containsExactly("budget.incomeCityShare");
        ProposalRulesTest.Draft year = new ProposalRulesTest.Draft();
        year.projectYear = 4;
        assertThat(problems(year)).extracting(ProposalProblem::field).containsExactly("projectYear");
    }

    @Test
    void draftBoundsNameTheirFieldToo() {
        ProposalRulesTest.Draft d = new ProposalRulesTest.Draft();
        d.purpose = "目的\u0000";
        d.expenses.set(1, new Expense("旅費", "視察", -5L));
        assertThat(ProposalRules.draftFieldProblems(d.build())).extracting(ProposalProblem::field)
                .containsExactly("purpose", "budget.expenses[1].amount");
    }
}
