package jp.kyodoflow.proposals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kyodoflow.municipality.MunicipalityProperties;
import org.springframework.stereotype.Component;

/** The submission rules of {@link ProposalRules} with this city's departments. */
@Component
class ProposalChecks {

    private final MunicipalityProperties city;

    ProposalChecks(MunicipalityProperties city) {
        this.city = city;
    }

    /** What keeps the content from being submitted to a call with these rules; empty when nothing does. */
    List<String> problems(ProposalContent content, RoundRules rules) {
        return ProposalRules.problems(content, rules, departmentIds());
    }

    /** As {@link #problems}, each with its field. */
    List<ProposalProblem> fieldProblems(ProposalContent content, RoundRules rules) {
        return ProposalRules.fieldProblems(content, rules, departmentIds());
    }

    private Set<String> departmentIds() {
        return city.departments().stream().map(MunicipalityProperties.Department::id).collect(Collectors.toSet());
    }
}
