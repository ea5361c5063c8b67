package jp.kyodoflow.agreements;

import java.time.LocalDate;
import java.util.List;

/** What 協議・役割分担 settles: purpose, measurable targets, period, roles per party, cost sharing. */
public record AgreementDraft(String purpose, LocalDate periodFrom, LocalDate periodTo, List<TargetInput> targets,
                             List<RoleInput> cityRoles, List<RoleInput> groupRoles, Long cityContribution,
                             Long groupOwnFunds, String inKindDescription, Long inKindValue, String schedule,
                             String risks) {

    public record TargetInput(String description, String indicator, String targetValue) {
    }

    public record RoleInput(String description) {
    }

    public AgreementDraft {
        targets = targets == null ? List.of() : targets.stream()
                .filter(t -> t != null && !isBlank(t.description()) || t != null && !isBlank(t.targetValue())).toList();
        cityRoles = cityRoles == null ? List.of() : cityRoles.stream().filter(r -> r != null && !isBlank(r.description())).toList();
        groupRoles = groupRoles == null ? List.of() : groupRoles.stream().filter(r -> r != null && !isBlank(r.description())).toList();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
