package jp.kyodoflow.portal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.kyodoflow.common.FiscalYear;
import jp.kyodoflow.committee.RoundInputs;
import jp.kyodoflow.themes.ReviewScope;
import jp.kyodoflow.themes.ThemeInputs;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The coordinator's publish form on {@code /staff/themes} as the browser sends it: approved themes as
 * checkboxes, the window and cut-offs as Tokyo date-times, the review config, the committee members (the
 * chair by a radio button, else the first chosen) and the review scope.
 */
public class ThemePublishForm {

    private List<Long> themeIds = new ArrayList<>();
    private String title;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime opensAt;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime closesAt;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime questionsCloseAt;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate preConsultationCutoff;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime briefingAt;
    private String briefingPlace;
    private Long reviewConfigId;
    private List<String> members = new ArrayList<>();
    private String chair;
    private String reviewScope = ReviewScope.THEME.name();

    /** What keeps the form from reaching the themes module: nothing chosen, or a member who is not on the committee. */
    List<String> problems(Set<String> committee) {
        List<String> out = new ArrayList<>();
        if (themeIds.isEmpty()) {
            out.add("公募するテーマを選んでください");
        }
        if (reviewConfigId == null) {
            out.add("審査の設定を選んでください");
        }
        if (members.isEmpty()) {
            out.add("審査委員を1人以上選んでください");
        } else if (!committee.containsAll(members)) {
            out.add("審査委員会の委員ではない人が選ばれています");
        }
        if (!ReviewScope.THEME.name().equals(reviewScope) && !ReviewScope.CALL.name().equals(reviewScope)) {
            out.add("審査の単位（テーマごと・公募全体）を選んでください");
        }
        return out;
    }

    ThemeInputs.PublishCall toInput() {
        String chairId = chair != null && members.contains(chair) ? chair : members.get(0);
        List<RoundInputs.MemberInput> roster = members.stream().distinct()
                .map(m -> new RoundInputs.MemberInput(m, "委員", m.equals(chairId))).toList();
        return new ThemeInputs.PublishCall(blankToNull(title), List.copyOf(themeIds), tokyo(opensAt), tokyo(closesAt),
                tokyo(questionsCloseAt), preConsultationCutoff, tokyo(briefingAt), blankToNull(briefingPlace),
                reviewConfigId, roster, ReviewScope.valueOf(reviewScope));
    }

    private static OffsetDateTime tokyo(LocalDateTime time) {
        return time == null ? null : time.atZone(FiscalYear.TOKYO).toOffsetDateTime();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public List<Long> getThemeIds() { return themeIds; }
    public void setThemeIds(List<Long> themeIds) { this.themeIds = themeIds == null ? new ArrayList<>() : themeIds; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDateTime getOpensAt() { return opensAt; }
    public void setOpensAt(LocalDateTime opensAt) { this.opensAt = opensAt; }
    public LocalDateTime getClosesAt() { return closesAt; }
    public void setClosesAt(LocalDateTime closesAt) { this.closesAt = closesAt; }
    public LocalDateTime getQuestionsCloseAt() { return questionsCloseAt; }
    public void setQuestionsCloseAt(LocalDateTime questionsCloseAt) { this.questionsCloseAt = questionsCloseAt; }
    public LocalDate getPreConsultationCutoff() { return preConsultationCutoff; }
    public void setPreConsultationCutoff(LocalDate preConsultationCutoff) { this.preConsultationCutoff = preConsultationCutoff; }
    public LocalDateTime getBriefingAt() { return briefingAt; }
    public void setBriefingAt(LocalDateTime briefingAt) { this.briefingAt = briefingAt; }
    public String getBriefingPlace() { return briefingPlace; }
    public void setBriefingPlace(String briefingPlace) { this.briefingPlace = briefingPlace; }
    public Long getReviewConfigId() { return reviewConfigId; }
    public void setReviewConfigId(Long reviewConfigId) { this.reviewConfigId = reviewConfigId; }
    public List<String> getMembers() { return members; }
    public void setMembers(List<String> members) { this.members = members == null ? new ArrayList<>() : members; }
    public String getChair() { return chair; }
    public void setChair(String chair) { this.chair = chair; }
    public String getReviewScope() { return reviewScope; }
    public void setReviewScope(String reviewScope) { this.reviewScope = reviewScope; }
}
