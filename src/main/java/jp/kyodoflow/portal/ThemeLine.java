package jp.kyodoflow.portal;

import java.time.OffsetDateTime;
import jp.kyodoflow.themes.ThemeCalls.PublicationView;
import jp.kyodoflow.themes.ThemeService.ThemeView;

/**
 * A theme as the portal's lists show it, with its values ready for the sentences of the bundle ({@code theme.*}).
 *
 * @param state   open, before, closed, selected, withdrawn, or unpublished (staff only): the key of {@code theme.state.*}
 * @param rate    10/10 for 100, 5/10 for 50, otherwise the percent
 * @param opensAt empty when the theme was never published, as {@code closesAt}
 */
record ThemeLine(long id, String title, String fiscalYear, String department, String ceiling, String rate, String period,
                 String opensAt, String closesAt, String state, Long proposalRoundId) {

    static ThemeLine of(ThemeView t, PortalFormat format, OffsetDateTime now) {
        PublicationView p = t.current();
        return new ThemeLine(t.id(), t.title(), t.fiscalYearLabel(), t.departmentName(), format.yen(t.budgetCeilingYen()),
                format.rate(t.fundingRate()), format.date(t.periodFrom()) + "〜" + format.date(t.periodTo()),
                p == null ? "" : format.dateTime(p.opensAt()), p == null ? "" : format.dateTime(p.closesAt()),
                state(t, now), p == null ? null : p.proposalRoundId());
    }

    static String state(ThemeView t, OffsetDateTime now) {
        PublicationView p = t.current();
        if ("WITHDRAWN".equals(t.status())) {
            return "withdrawn";
        }
        if ("PARTNER_SELECTED".equals(t.status())) {
            return "selected";
        }
        if (p == null || !"PUBLISHED".equals(t.status())) {
            return "unpublished";
        }
        if (p.open()) {
            return "open";
        }
        return now.isBefore(p.opensAt()) ? "before" : "closed";
    }

    public boolean isOpen() {
        return "open".equals(state);
    }
}
