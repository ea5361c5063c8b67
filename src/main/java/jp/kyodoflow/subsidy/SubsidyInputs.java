package jp.kyodoflow.subsidy;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What groups and staff give the subsidy module: only the fields of their forms. */
public final class SubsidyInputs {
    private SubsidyInputs() {
    }

    /** 交付申請 (and its correction): the group comes from the login, the programme from the group's address. */
    @Schema(name = "SubsidyApplication")
    public record Application(@NotBlank @Size(max = 20) String track, @Size(max = 200) String theme,
                              @NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 4000) String plan,
                              @NotNull LocalDate periodFrom, @NotNull LocalDate periodTo,
                              @NotBlank @Size(max = 2000) String targets,
                              @NotEmpty @Size(max = 40) List<@NotNull @Valid BudgetLine> lines,
                              @Size(max = 10) List<@NotNull @Valid Funding> otherFunding,
                              @PositiveOrZero @Max(100_000_000) long requestedYen) {
        public Application {
            otherFunding = otherFunding == null ? List.of() : List.copyOf(otherFunding);
            lines = lines == null ? List.of() : List.copyOf(lines);
        }
    }

    @Schema(name = "SubsidyBudgetLine")
    public record BudgetLine(@NotBlank @Size(max = 40) String category, @NotBlank @Size(max = 200) String description,
                             @PositiveOrZero @Max(100_000_000) long amountYen) {
    }

    /** Another public subsidy for the same project, with the fund's name. */
    @Schema(name = "SubsidyFunding")
    public record Funding(@NotBlank @Size(max = 200) String fundName, @PositiveOrZero @Max(100_000_000) long amountYen) {
    }

    /** 実績報告. */
    @Schema(name = "SubsidyReport")
    public record Report(@NotBlank @Size(max = 4000) String activities, @PositiveOrZero @Max(1_000_000) int participants,
                         @NotBlank @Size(max = 4000) String outcomes,
                         @NotEmpty @Size(max = 60) List<@NotNull @Valid ActualLine> lines,
                         @NotBlank @Size(max = 2000) String selfEvaluation) {
    }

    @Schema(name = "SubsidyActualLine")
    public record ActualLine(@NotBlank @Size(max = 40) String category, @NotBlank @Size(max = 200) String description,
                             @PositiveOrZero @Max(100_000_000) long amountYen, @NotNull LocalDate receiptOn) {
    }

    /** 変更承認申請 (or a minor change): the new budget lines, whether the plan's content changes, and why. */
    @Schema(name = "SubsidyChange")
    public record Change(@NotBlank @Size(max = 2000) String reason, boolean contentChanged,
                         @Size(max = 4000) String planChange,
                         @NotEmpty @Size(max = 40) List<@NotNull @Valid BudgetLine> lines) {
    }

    /** A call (募集) of the year's rules: window and the committee for tracks reviewed by the committee. */
    @Schema(name = "SubsidyOpenCall")
    public record OpenCall(@NotBlank @Size(max = 200) String title, @NotNull OffsetDateTime opensAt,
                           @NotNull OffsetDateTime closesAt, @Size(max = 30) List<@NotBlank String> committee) {
        public OpenCall {
            committee = committee == null ? List.of() : List.copyOf(committee);
        }
    }

    /** 事前相談, recorded by the coordinator or the support centre (さくさぽ). */
    @Schema(name = "SubsidyConsultation")
    public record Consultation(@NotNull Long groupId, @NotNull LocalDate heldOn,
                               @NotBlank @Size(max = 20) String counterpart, @Size(max = 300) String attendees,
                               @NotBlank @Size(max = 2000) String summary) {
    }
}
