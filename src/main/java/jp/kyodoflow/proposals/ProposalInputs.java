package jp.kyodoflow.proposals;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import jp.kyodoflow.committee.RoundInputs;

/** Requests of the proposals API. */
public final class ProposalInputs {
    private ProposalInputs() {
    }

    /** A call: its rules, the committee's review configuration and roster. */
    @Schema(name = "CreateProposalRound")
    public record CreateRound(@NotBlank @Size(max = 200) String title, @NotNull RoundRules rules,
                              @NotNull Long reviewConfigId, @NotNull @Size(min = 1, max = 30) List<RoundInputs.@NotNull @Valid MemberInput> committee) {
    }

    public record PreConsultationInput(@NotNull Long groupId, @NotNull LocalDate heldOn, @NotBlank @Size(max = 500) String people,
                                       String departmentGroup, @Size(max = 4000) String notes) {
    }

    /** A draft, or with submit=true a submission in one step (refused as a whole, nothing stored). */
    @Schema(name = "CitizenProposalInput")
    public record ProposalInput(@NotNull Long groupId, @NotNull ProposalContent content, boolean submit) {
    }

    public record DepartmentOpinion(String feasibility, String roleFit, String budgetAvailability, String comments) {
    }
}
