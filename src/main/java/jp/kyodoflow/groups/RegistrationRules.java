package jp.kyodoflow.groups;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.kyodoflow.municipality.RuleProperties;

/** The group requirements of rules.md §1, with the values a city configures. Pure and unit-tested. */
final class RegistrationRules {

    private RegistrationRules() {
    }

    /** @return the reasons the application falls short; empty when every requirement holds. */
    static List<String> check(GroupApplicationRequest a, RuleProperties.Registration rules, String cityName,
                              LocalDate today) {
        List<String> reasons = new ArrayList<>(standing(a.memberCount(), a.baseAddress(), "申請", rules, cityName));
        if (rules.requireBylaws() && !a.hasBylaws()) {
            reasons.add("規約・会則が定められていません");
        }
        if (rules.requireAccounting() && !a.hasAccounting()) {
            reasons.add("会計を適正に処理していることが確認できません");
        }
        if (rules.minActiveYears() > 0
                && (a.foundedOn() == null || a.foundedOn().plusYears(rules.minActiveYears()).isAfter(today))) {
            reasons.add("活動実績が" + rules.minActiveYears() + "年未満です");
        }
        declaration(reasons, a.declNotPolitical(), "政治活動を主たる目的としないこと");
        declaration(reasons, a.declNotReligious(), "宗教活動を主たる目的としないこと");
        declaration(reasons, a.declNotElection(), "選挙活動を目的としないこと");
        declaration(reasons, a.declNotAntiSocial(), "暴力団及びその統制下にある団体ではないこと");
        declaration(reasons, a.declNoTaxArrears(), "団体及び代表者に市税の滞納がないこと");
        declaration(reasons, a.declNotCityRun(), "市が事務局を担う団体ではないこと");
        return reasons;
    }

    /** The requirements a registered group must keep meeting: enough members, a base in the city. */
    static List<String> standing(Integer memberCount, String baseAddress, String source, RuleProperties.Registration rules,
                                 String cityName) {
        List<String> reasons = new ArrayList<>();
        if (memberCount == null || memberCount < rules.minMembers()) {
            reasons.add("会員数が" + rules.minMembers() + "人未満です（" + source + "：" + memberCount + "人）");
        }
        if (rules.requireBaseInCity() && (baseAddress == null || !baseAddress.contains(cityName))) {
            reasons.add("活動拠点が" + cityName + "内にありません（所在地：" + baseAddress + "）");
        }
        return reasons;
    }

    private static void declaration(List<String> reasons, boolean declared, String what) {
        if (!declared) {
            reasons.add("「" + what + "」の誓約がありません");
        }
    }

    static String summary(List<String> reasons) {
        return reasons.isEmpty() ? "すべての登録要件を満たしています。"
                : "登録要件を満たしていない点があります：\n・" + String.join("\n・", reasons);
    }
}
