package jp.kyodoflow.portal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import jp.kyodoflow.proposals.ProposalRoundService.RoundView;
import jp.kyodoflow.proposals.RoundRules;

/**
 * An open call as the top page shows it: its rules as values ready for the sentences of the message
 * bundle ({@code call.*}).
 *
 * @param preConsultationBy the day by which a 事前相談 must be held; null when none is needed
 * @param cityShares        "1年目 90%" … per project year
 * @param cap               "500,000円"; null when the call has no cap (上限なし)
 */
record OpenCall(long id, String title, String opensAt, String closesAt, String preConsultationBy, List<String> cityShares,
                String cap) {

    static boolean isOpen(RoundView round, OffsetDateTime now) {
        return "OPEN".equals(round.status()) && round.rules().closesAt().isAfter(now);
    }

    static OpenCall of(RoundView round, PortalFormat format) {
        RoundRules rules = round.rules();
        List<String> shares = new ArrayList<>();
        for (int year = 1; year <= rules.cityShareRates().size(); year++) {
            shares.add(year + "年目 " + rules.cityShareRates().get(year - 1) + "%");
        }
        return new OpenCall(round.id(), round.title(), format.dateTime(rules.opensAt()), format.dateTime(rules.closesAt()),
                rules.preConsultationRequired() ? format.date(rules.preConsultationCutoff()) : null, shares,
                rules.capYen() == null ? null : format.yen(rules.capYen()));
    }
}
