package jp.kyodoflow.committee;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What a coordinator (or a scheme) gives to set up a round. */
public final class RoundInputs {
    private RoundInputs() {
    }

    @Schema(name = "CreateReviewRound")
    public record CreateRound(@NotBlank @Size(max = 200) String title, @NotNull Long configId,
                              @PositiveOrZero Long budgetYen, @NotEmpty @Size(max = 30) List<@NotNull @Valid MemberInput> members,
                              @NotEmpty @Size(max = 200) List<@NotNull @Valid ProposalInput> proposals) {
    }

    public record MemberInput(@NotBlank @Size(max = 64) String userId, @Size(max = 300) String affiliation, boolean chair) {
    }

    /**
     * refType/refId point at the scheme's record (e.g. CITIZEN_PROPOSAL and its id); {@code dossier} is what the
     * members read of it besides the title (the plan in short, the departments' opinions), or null.
     */
    @Schema(name = "ReviewProposalInput")
    public record ProposalInput(@NotBlank @Size(max = 30) String refType, Long refId,
                                @NotBlank @Size(max = 200) String title, Long applicantGroupId,
                                @PositiveOrZero long requestedYen, @Size(max = 8000) String dossier) {

        public ProposalInput(String refType, Long refId, String title, Long applicantGroupId, long requestedYen) {
            this(refType, refId, title, applicantGroupId, requestedYen, null);
        }
    }
}
