package jp.kyodoflow.groups;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * What a group submits to be registered (市民活動団体登録申請). The field names are the keys of
 * ApplyGroupRegistrationForm, so the same record serves the API and Tasklist.
 */
public record GroupApplicationRequest(
        @NotBlank @Size(max = 100) String groupName,
        @NotBlank @Pattern(regexp = "NPO|VOLUNTEER|COMMUNITY|BUSINESS|OTHER") String groupType,
        @NotBlank @Size(max = 100) String representativeName,
        @NotBlank @Email @Size(max = 200) String contactEmail,
        @Size(max = 50) String contactPhone,
        @NotBlank @Size(max = 300) String baseAddress,
        @NotNull @Min(1) @Max(100000) Integer memberCount,
        LocalDate foundedOn,
        @NotEmpty List<@NotBlank String> activityFields,
        @NotEmpty @Size(max = 50) List<@Valid Person> officers,
        @Size(max = 2000) List<@Valid Person> members,
        boolean hasBylaws,
        boolean hasAccounting,
        boolean declNotPolitical,
        boolean declNotReligious,
        boolean declNotElection,
        boolean declNotAntiSocial,
        boolean declNoTaxArrears,
        boolean declNotCityRun) {

    /** An officer (with a role) or a member; userId links a person to a login when known. */
    public record Person(@NotBlank @Size(max = 100) String name, @Size(max = 50) String role,
                         @Size(max = 64) String userId) {
    }

    public GroupApplicationRequest {
        activityFields = activityFields == null ? List.of() : List.copyOf(activityFields);
        officers = officers == null ? List.of() : List.copyOf(officers);
        members = members == null ? List.of() : List.copyOf(members);
    }
}
