package jp.kyodoflow.municipality;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The city this installation serves, with its departments (担当課); each becomes a Camunda group. */
@ConfigurationProperties("kyodo.municipality")
public record MunicipalityProperties(String name, String prefecture, String coordinatorSection,
                                     List<Department> departments) {

    /** A department; {@code id} must start with {@code dept-}. */
    public record Department(String id, String name) {
    }

    public MunicipalityProperties {
        departments = departments == null ? List.of() : List.copyOf(departments);
    }

    /** The department's Japanese name, or the id itself for a group that is no department of this city. */
    public String departmentName(String id) {
        return departments.stream().filter(d -> d.id().equals(id)).map(Department::name).findFirst().orElse(id);
    }
}
