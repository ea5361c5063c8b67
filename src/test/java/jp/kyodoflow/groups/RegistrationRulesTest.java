package jp.kyodoflow.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import jp.kyodoflow.municipality.RuleProperties;
import jp.kyodoflow.support.Requests;
import org.junit.jupiter.api.Test;

class RegistrationRulesTest {

    static RuleProperties.Registration rules(int minMembers, boolean baseInCity, int minYears) {
        return new RuleProperties.Registration(minMembers, baseInCity, true, true, minYears, Period.ofDays(14), Period.ofDays(3));
    }

    final LocalDate today = LocalDate.of(2026, 11, 25);

    @Test
    void aCompleteApplicationMeetsEveryRequirement() {
        assertThat(RegistrationRules.check(Requests.eligibleGroup("会"), rules(5, true, 0), "佐久市", today)).isEmpty();
        assertThat(RegistrationRules.summary(List.of())).isEqualTo("すべての登録要件を満たしています。");
    }

    @Test
    void minimumMembersIsConfiguration() {
        var fourMembers = Requests.group("会", 4, "長野県佐久市1");
        assertThat(RegistrationRules.check(fourMembers, rules(5, true, 0), "佐久市", today))
                .containsExactly("会員数が5人未満です（申請：4人）");
        assertThat(RegistrationRules.check(fourMembers, rules(3, true, 0), "佐久市", today)).isEmpty();
    }

    @Test
    void baseInTheCityIsCheckedOnlyWhereTheCityRequiresIt() {
        var outside = Requests.group("会", 8, "群馬県高崎市1");
        assertThat(RegistrationRules.check(outside, rules(5, true, 0), "佐久市", today))
                .containsExactly("活動拠点が佐久市内にありません（所在地：群馬県高崎市1）");
        assertThat(RegistrationRules.check(outside, rules(5, false, 0), "佐久市", today)).isEmpty();
    }

    @Test
    void activeYearsBylawsAccountingAndEveryExclusionDeclarationAreReasons() {
        var a = Requests.eligibleGroup("会");
        var missing = new GroupApplicationRequest(a.groupName(), a.groupType(), a.representativeName(), a.contactEmail(),
                a.contactPhone(), a.baseAddress(), a.memberCount(), LocalDate.of(2026, 4, 1), a.activityFields(),
                a.officers(), a.members(), false, false, false, false, false, false, false, false);
        List<String> reasons = RegistrationRules.check(missing, rules(5, true, 1), "佐久市", today);
        assertThat(reasons).hasSize(9).contains("活動実績が1年未満です", "規約・会則が定められていません",
                "会計を適正に処理していることが確認できません", "「暴力団及びその統制下にある団体ではないこと」の誓約がありません",
                "「団体及び代表者に市税の滞納がないこと」の誓約がありません", "「市が事務局を担う団体ではないこと」の誓約がありません");
        assertThat(RegistrationRules.summary(reasons)).startsWith("登録要件を満たしていない点があります：\n・");
    }
}
