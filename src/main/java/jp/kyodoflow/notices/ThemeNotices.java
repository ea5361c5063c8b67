package jp.kyodoflow.notices;

import java.util.HashMap;
import java.util.Map;
import jp.kyodoflow.common.JapaneseFormat;
import jp.kyodoflow.municipality.MunicipalityProperties;
import jp.kyodoflow.security.Roles;
import jp.kyodoflow.themes.events.ThemeApproved;
import jp.kyodoflow.themes.events.ThemeCase;
import jp.kyodoflow.themes.events.ThemeForwarded;
import jp.kyodoflow.themes.events.ThemePartnerSelected;
import jp.kyodoflow.themes.events.ThemePublished;
import jp.kyodoflow.themes.events.ThemeQuestionAnswered;
import jp.kyodoflow.themes.events.ThemeQuestionAsked;
import jp.kyodoflow.themes.events.ThemeRepublished;
import jp.kyodoflow.themes.events.ThemeReturned;
import jp.kyodoflow.themes.events.ThemeSelectionDeclined;
import jp.kyodoflow.themes.events.ThemeWithdrawn;
import org.springframework.stereotype.Component;

/**
 * What the theme's department, the approver, the coordinator and the asking group are told in the
 * administration-proposed scheme, and when (templates in notices/templates/themes.properties). Every notice
 * belongs to the theme's case; a question's asker is told only as their group, and the department is never
 * told who asked.
 */
@Component
class ThemeNotices {

    private final NoticeService notices;
    private final MunicipalityProperties city;

    ThemeNotices(NoticeService notices, MunicipalityProperties city) {
        this.notices = notices;
        this.city = city;
    }

    @NoticeListener
    void on(ThemeReturned e) {
        tell(e.department(), "RETURNED", "theme-returned", e.themeId(), "title", e.title(), "step", e.step(),
                "reason", e.reason());
    }

    @NoticeListener
    void on(ThemeForwarded e) {
        tell(Roles.APPROVER, "FORWARDED", "theme-forwarded", e.themeId(), "title", e.title(), "comment", e.comment());
    }

    @NoticeListener
    void on(ThemeApproved e) {
        for (String to : new String[] {e.department(), Roles.COORDINATOR}) {
            tell(to, "APPROVED", "theme-approved", e.themeId(), "title", e.title(),
                    "department", city.departmentName(e.department()));
        }
    }

    @NoticeListener
    void on(ThemePublished e) {
        tell(e.department(), "PUBLISHED", "theme-published", e.themeId(), "title", e.title(),
                "opensAt", JapaneseFormat.dayTime(e.opensAt()), "closesAt", JapaneseFormat.dayTime(e.closesAt()));
    }

    @NoticeListener
    void on(ThemeQuestionAsked e) {
        tell(e.department(), "QUESTION_ASKED", "theme-question-asked", e.themeId(), "title", e.title(),
                "questionId", e.questionId());
    }

    @NoticeListener
    void on(ThemeQuestionAnswered e) {
        tell(Roles.civicGroup(e.groupId()), "QUESTION_ANSWERED", "theme-question-answered", e.themeId(),
                "title", e.title(), "questionId", e.questionId());
    }

    @NoticeListener
    void on(ThemePartnerSelected e) {
        for (String to : new String[] {e.department(), Roles.COORDINATOR}) {
            tell(to, "PARTNER_SELECTED", "theme-partner-selected", e.themeId(), "title", e.title(),
                    "department", city.departmentName(e.department()), "proposalId", e.proposalId());
        }
    }

    @NoticeListener
    void on(ThemeSelectionDeclined e) {
        tell(e.department(), "NONE_SELECTED", "theme-selection-declined", e.themeId(), "title", e.title(),
                "reason", e.reason());
    }

    @NoticeListener
    void on(ThemeRepublished e) {
        for (String to : new String[] {e.department(), Roles.COORDINATOR}) {
            tell(to, "REPUBLISHED", "theme-republished", e.themeId(), "title", e.title(),
                    "department", city.departmentName(e.department()), "closesAt", JapaneseFormat.dayTime(e.closesAt()));
        }
    }

    @NoticeListener
    void on(ThemeWithdrawn e) {
        for (String to : new String[] {e.department(), Roles.COORDINATOR}) {
            tell(to, "WITHDRAWN", "theme-withdrawn", e.themeId(), "title", e.title(),
                    "department", city.departmentName(e.department()), "reason", e.reason());
        }
    }

    /** A notice to everyone of a group about the theme; {@code values} are name, value, … (a value may be null: blank). */
    private void tell(String groupId, String kind, String template, long themeId, Object... values) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < values.length; i += 2) {
            map.put((String) values[i], values[i + 1]);
        }
        notices.toGroup(groupId, kind, template, map, ThemeCase.TYPE, themeId);
    }
}
