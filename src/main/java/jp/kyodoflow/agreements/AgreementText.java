package jp.kyodoflow.agreements;

import java.text.NumberFormat;
import java.util.Locale;
import jp.kyodoflow.agreements.AgreementService.AgreementView;

/** The agreement as plain Japanese text, shown to both signers. */
final class AgreementText {
    private static final java.time.format.DateTimeFormatter JAPANESE_DATE =
            java.time.format.DateTimeFormatter.ofPattern("y年M月d日");

    private AgreementText() {
    }

    static String render(AgreementView a) {
        NumberFormat yen = NumberFormat.getIntegerInstance(Locale.JAPAN);
        StringBuilder sb = new StringBuilder();
        sb.append("協定書 第").append(a.versionNo()).append("版（").append(a.projectYear()).append("年目）\n");
        sb.append("目的：").append(a.purpose()).append('\n');
        sb.append("期間：").append(JAPANESE_DATE.format(a.periodFrom())).append(" 〜 ")
                .append(JAPANESE_DATE.format(a.periodTo())).append('\n');
        sb.append("成果目標：\n");
        a.targets().forEach(t -> sb.append("　・").append(t.description())
                .append(t.indicator() == null ? "" : "（指標：" + t.indicator() + "）")
                .append(" 目標値：").append(t.targetValue()).append('\n'));
        sb.append("役割分担：\n");
        a.roles().forEach(r -> sb.append("　・［").append(r.partyName()).append("］").append(r.description()).append('\n'));
        sb.append("費用負担：市の負担金 ").append(yen.format(a.cityContributionYen())).append("円／団体の自己資金 ")
                .append(yen.format(a.groupOwnFundsYen())).append("円");
        if (a.inKindDescription() != null && !a.inKindDescription().isBlank()) {
            sb.append("／現物・労務：").append(a.inKindDescription());
            if (a.inKindValueYen() != null) {
                sb.append("（").append(yen.format(a.inKindValueYen())).append("円相当）");
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
