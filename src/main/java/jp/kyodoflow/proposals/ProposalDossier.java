package jp.kyodoflow.proposals;

import java.util.Map;
import jp.kyodoflow.common.JapaneseFormat;
import jp.kyodoflow.municipality.MunicipalityProperties;
import org.springframework.stereotype.Component;

/**
 * What the committee reads of a proposal besides its title (資料): its purpose and content in short, the amounts,
 * and each department's opinion (意見照会) in the words of the opinion form.
 */
@Component
class ProposalDossier {

    static final int EXCERPT = 400;
    private static final Map<String, String> FEASIBILITY = Map.of("FEASIBLE", "実施可能", "CONDITIONAL", "条件付きで実施可能",
            "DIFFICULT", "実施は難しい");
    private static final Map<String, String> ROLE_FIT = Map.of("APPROPRIATE", "適切", "NEEDS_ADJUSTMENT", "調整が必要",
            "INAPPROPRIATE", "不適切");
    private static final Map<String, String> BUDGET = Map.of("AVAILABLE", "予算措置可能", "PARTIAL", "一部可能",
            "NOT_AVAILABLE", "困難");

    private final ProposalTables tables;
    private final MunicipalityProperties city;

    ProposalDossier(ProposalTables tables, MunicipalityProperties city) {
        this.tables = tables;
        this.city = city;
    }

    String of(Proposal p) {
        ProposalContent c = p.content;
        long total = c.budget().expenses().stream().mapToLong(e -> e.amount() == null ? 0 : e.amount()).sum();
        StringBuilder sb = new StringBuilder();
        sb.append("目的：").append(excerpt(c.purpose())).append('\n');
        sb.append("事業内容：").append(excerpt(c.content())).append('\n');
        sb.append("事業費：").append(JapaneseFormat.yen(total)).append("（市の負担の希望 ")
                .append(JapaneseFormat.yen(c.budget().incomeCityShare() == null ? 0 : c.budget().incomeCityShare())).append("）\n");
        for (ProposalTables.OpinionLine o : tables.opinions(p.id)) {
            sb.append("担当課の意見（").append(city.departmentName(o.department())).append("）：実現性 ")
                    .append(FEASIBILITY.getOrDefault(o.feasibility(), o.feasibility())).append("・役割分担 ")
                    .append(ROLE_FIT.getOrDefault(o.roleFit(), o.roleFit())).append("・予算 ")
                    .append(BUDGET.getOrDefault(o.budgetAvailability(), o.budgetAvailability()));
            if (o.comments() != null && !o.comments().isBlank()) {
                sb.append("　").append(excerpt(o.comments()));
            }
            sb.append('\n');
        }
        return sb.toString().strip();
    }

    private static String excerpt(String text) {
        if (text == null || text.isBlank()) {
            return "（記載なし）";
        }
        String flat = text.strip().replaceAll("\\s*\\R\\s*", " ");
        return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT) + "…";
    }
}
