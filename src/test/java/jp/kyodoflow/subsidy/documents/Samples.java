package jp.kyodoflow.subsidy.documents;

import java.time.LocalDate;
import java.util.List;
import jp.kyodoflow.common.FiscalYear;

/** Documents as the subsidy issues them for a Saku group in FY2026 (令和8年度). */
final class Samples {

    static final Letterhead SAKU = new Letterhead("佐久市", "佐久市長", "広報広聴課");
    static final Addressee GROUP = new Addressee("佐久こども食堂ネットワーク", "山田 花子", "長野県佐久市中込3056番地");
    static final FiscalYear FY2026 = new FiscalYear(2026);

    private Samples() {
    }

    static GrantDecision grantDecision() {
        return new GrantDecision("佐広第12号", LocalDate.of(2026, 12, 2), SAKU, GROUP, "佐久っと支援金", FY2026, "通常",
                "こども食堂を拠点にした地域の見守りと多世代交流の場づくり", LocalDate.of(2026, 10, 1), "SA-12", 400_000, 700_000,
                350_000, "備品購入費（冷蔵庫）は団体の通常の運営に要する経費に当たるため、対象経費から除いた。", 1, null,
                LocalDate.of(2026, 12, 10), LocalDate.of(2027, 3, 15), LocalDate.of(2027, 3, 31),
                List.of("交付決定の内容を変更しようとするときは、あらかじめ変更承認申請書を提出し、承認を受けること。",
                        "事業を中止しようとするときは、速やかにその旨を届け出ること。",
                        "支援金に係る収入及び支出を明らかにした帳簿を備え、領収書等とともに事業完了の翌年度から5年間保存すること。",
                        "事業の成果を報告会等で公表するときは、佐久市の支援を受けた事業であることを明示すること。"));
    }

    /** A grant decision with a title of about a thousand characters and many long conditions (three pages). */
    static GrantDecision longGrantDecision() {
        GrantDecision d = grantDecision();
        StringBuilder title = new StringBuilder();
        for (int i = 1; title.length() < 1000; i++) {
            title.append("（").append(i).append("）こども食堂を拠点にした見守り、「多世代交流」の場づくり。");
        }
        List<String> conditions = new java.util.ArrayList<>(d.conditions());
        for (int i = conditions.size() + 1; i <= 30; i++) {
            conditions.add("条件その" + i + "：支援金に係る帳簿と領収書を事業完了の翌年度から5年間保存し、求めに応じて提示すること。");
        }
        return new GrantDecision(d.documentNumber(), d.issuedOn(), d.from(), d.to(), d.programmeName(), d.fiscalYear(),
                d.trackLabel(), title.substring(0, 1000), d.appliedOn(), d.applicationKey(), d.requestedYen(), d.eligibleYen(),
                d.grantedYen(), d.reductionReason(), 1, null, d.periodFrom(), d.periodTo(), d.reportDue(), conditions);
    }

    static GrantDecision changedDecision() {
        GrantDecision d = grantDecision();
        return new GrantDecision("佐広第31号", LocalDate.of(2027, 1, 20), d.from(), d.to(), d.programmeName(), d.fiscalYear(),
                d.trackLabel(), d.projectTitle(), d.appliedOn(), d.applicationKey(), d.requestedYen(), 600_000, 300_000,
                null, 2, 350_000L, d.periodFrom(), d.periodTo(), d.reportDue(), d.conditions());
    }

    static AmountFinalisation amountFinalisation() {
        return new AmountFinalisation("佐広第58号", LocalDate.of(2027, 4, 20), SAKU, GROUP, "佐久っと支援金", FY2026,
                "こども食堂を拠点にした地域の見守りと多世代交流の場づくり", "SA-12", LocalDate.of(2026, 12, 2), 350_000, 560_000,
                280_000, 350_000, 0, 70_000,
                "交付決定額 350,000円、対象経費の実支出額 560,000円 × 1/2 = 280,000円（千円未満切捨て）のうち低い額");
    }

    static RepaymentOrder repaymentOrder() {
        return new RepaymentOrder("佐広第59号", LocalDate.of(2027, 4, 20), SAKU, GROUP, "佐久っと支援金", FY2026,
                "こども食堂を拠点にした地域の見守りと多世代交流の場づくり", "SA-12", "額の確定", 280_000, 350_000, 70_000,
                LocalDate.of(2027, 5, 20));
    }
}
