package jp.kyodoflow.projects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Inputs of the project flow's steps, shared by forms (through the process) and the API. */
public final class ProjectInputs {
    private ProjectInputs() {
    }

    /** 課題の把握・共有 (the keys of RaiseProblemForm). */
    public record Problem(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 4000) String problem,
                          @Size(max = 4000) String evidence,
                          @NotBlank @Pattern(regexp = "KOSODATE|FUKUSHI|BOSAI|KANKYO|KYOIKU|BUNKA|MACHIZUKURI|KOKUSAI|OTHER")
                          String field) {
    }

    /** What a proposal scheme hands over when it has chosen the partner (message start). */
    /**
     * The typed handover from a scheme to the project flow: the chosen group, the department in charge,
     * the theme, the form of collaboration, the limit of the city's contribution the scheme allows, and
     * what the scheme already settled ({@link Settled}, the values 協議 starts from).
     */
    public record ProposalHandover(@NotNull Long proposalId, @NotNull Long groupId, @NotBlank String departmentGroup,
                                   @NotBlank @Size(max = 200) String title, @NotBlank String problem,
                                   @NotBlank String field, @NotBlank String collaborationForm, Long cityShareLimitYen,
                                   Settled settled) {
        public ProposalHandover(Long proposalId, Long groupId, String departmentGroup, String title, String problem,
                                String field, String collaborationForm) {
            this(proposalId, groupId, departmentGroup, title, problem, field, collaborationForm, null, null);
        }

        public ProposalHandover(Long proposalId, Long groupId, String departmentGroup, String title, String problem,
                                String field, String collaborationForm, Long cityShareLimitYen) {
            this(proposalId, groupId, departmentGroup, title, problem, field, collaborationForm, cityShareLimitYen, null);
        }
    }

    /** What the proposal already settled; 協議 starts from it (every value can still be changed there). */
    public record Settled(String purpose, java.time.LocalDate periodFrom, java.time.LocalDate periodTo,
                          List<jp.kyodoflow.agreements.AgreementDraft.TargetInput> targets, List<String> cityRoles,
                          List<String> groupRoles, Long cityContributionYen, Long groupOwnFundsYen, String evidence) {
    }

    public record Grant(Long amountYen, LocalDate periodFrom, LocalDate periodTo, String conditions) {
    }

    public record Contract(String contractNumber, Long amountYen, LocalDate periodFrom, LocalDate periodTo,
                           String summary) {
    }

    /** What the process needs to know once a project record exists. */
    public record Started(long projectId, String departmentGroup, String midtermReviewAfter, String partnerGroup,
                          String partnerGroupName, String collaborationForm, String caseLabel, String fieldLabel) {
    }

    public record Partner(String camundaGroup, String name) {
    }

    public record NextYear(boolean allowed, int projectYear) {
    }
}
