package jp.kyodoflow.themes;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import jp.kyodoflow.committee.RoundInputs;

/** Requests of the themes API and the values of the themes' forms (the field names are the form keys). */
public final class ThemeInputs {
    private ThemeInputs() {
    }

    /**
     * テーマ作成: what a department proposes to publish. The department is the drafter's own (from the login).
     *
     * @param budgetCeilingYen the most the city contributes to the project (whole yen)
     * @param fundingRate      the city's share of the project's cost in percent (many cities: 100 = 10/10)
     */
    @Schema(name = "ThemeDraft")
    public record ThemeDraft(int fiscalYear, String title, String problem, String desiredOutcome, String expectedWork,
                             Long budgetCeilingYen, Integer fundingRate, LocalDate periodFrom, LocalDate periodTo,
                             String collaborationForm, boolean preConsultationRequired) {
    }

    /** 公募: approved themes of one fiscal year, published together with one window and one Q&A period. */
    @Schema(name = "PublishThemes")
    public record PublishCall(@Size(max = 200) String title, @NotNull @Size(min = 1, max = 30) List<@NotNull Long> themeIds,
                              OffsetDateTime opensAt, OffsetDateTime closesAt, OffsetDateTime questionsCloseAt,
                              LocalDate preConsultationCutoff, OffsetDateTime briefingAt,
                              @Size(max = 300) String briefingPlace, @NotNull Long reviewConfigId,
                              @NotNull @Size(min = 1, max = 30) List<RoundInputs.@NotNull @Valid MemberInput> committee,
                              ReviewScope reviewScope) {
    }

    /** A group's question about a published theme. */
    @Schema(name = "ThemeQuestionInput")
    public record QuestionInput(@NotNull Long groupId, String question) {
    }

    /** A new window for a theme that is published again (再公募). */
    public record Window(OffsetDateTime opensAt, OffsetDateTime closesAt, OffsetDateTime questionsCloseAt,
                         LocalDate preConsultationCutoff) {
    }
}
