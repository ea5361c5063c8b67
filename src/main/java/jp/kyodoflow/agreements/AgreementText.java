package jp.kyodoflow.agreements;

import jp.kyodoflow.common.JapaneseFormat;
import jp.kyodoflow.agreements.AgreementService.AgreementView;

/** The agreement as plain Japanese text, shown to both signers. */
final class AgreementText {

    private AgreementText() {
    }

    static String render(AgreementView a) {
        StringBuilder sb = new StringBuilder();
        sb.append("協定書 第").append(a.versionNo()).append("版（").append(a.projectYear()).append("年目）\n");
        sb.append("目的：").append(a.purpose()).append('\n');
        sb.append("期間：").append(JapaneseFormat.day(a.periodFrom())).append(" 〜 ")
                .append(JapaneseFormat.day(a.periodTo())).append('\n');
        sb.append("成果目標：\n");
        a.targets().forEach(t -> sb.append("　・").append(t.description())
                .append(t.indicator() == null ? "" : "（指標：" + t.indicator() + "）")
                .append(" 目標値：").append(t.targetValue()).append('\n'));
        sb.append("役割分担：\n");
        a.roles().forEach(r -> sb.append("　・［").append(r.partyName()).append("］").append(r.description()).append('\n'));
        sb.append("費用負担：市の負担金 ").append(JapaneseFormat.yen(a.cityContributionYen())).append("／団体の自己資金 ")
                .append(JapaneseFormat.yen(a.groupOwnFundsYen()));
        if (a.inKindDescription() != null && !a.inKindDescription().isBlank()) {
            sb.append("／現物・労務：").append(a.inKindDescription());
            if (a.inKindValueYen() != null) {
                sb.append("（").append(JapaneseFormat.yen(a.inKindValueYen())).append("相当）");
            }
        }
        sb.append('\n');
        if (a.schedule() != null && !a.schedule().isBlank()) {
            sb.append("スケジュール：").append(a.schedule()).append('\n');
        }
        if (a.risks() != null && !a.risks().isBlank()) {
            sb.append("リスクと対応：").append(a.risks()).append('\n');
        }
        return sb.toString();
    }
}
