package jp.kyodoflow.groups.process;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.groups.GroupApplicationRequest;
import jp.kyodoflow.groups.GroupApplicationRequest.Person;
import jp.kyodoflow.workflow.FormValues;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;

/** Maps between the registration form's variables and the application request. */
public final class GroupApplicationVariables {

    private GroupApplicationVariables() {
    }

    public static GroupApplicationRequest read(VariableScope scope) {
        FormValues v = FormValues.of(scope);
        Long members = v.number("memberCount");
        return new GroupApplicationRequest(v.text("groupName"), v.text("groupType"), v.text("representativeName"),
                v.text("contactEmail"), v.text("contactPhone"), v.text("baseAddress"),
                members == null ? null : Math.toIntExact(members), v.date("foundedOn"),
                v.list("activityFields", String.class), people(v, "officers"), people(v, "members"),
                v.flag("hasBylaws"), v.flag("hasAccounting"), v.flag("declNotPolitical"), v.flag("declNotReligious"),
                v.flag("declNotElection"), v.flag("declNotAntiSocial"), v.flag("declNoTaxArrears"),
                v.flag("declNotCityRun"));
    }

    /** Form rows left empty (the form shows one row by default) are not people. */
    private static List<Person> people(FormValues v, String key) {
        return v.list(key, Person.class).stream().filter(p -> p.name() != null && !p.name().isBlank()).toList();
    }

    /** The variables a start through the API sets, the same as the start form would. */
    public static Map<String, Object> toVariables(GroupApplicationRequest r) {
        Map<String, Object> vars = new HashMap<>();
        Map<String, Object> plain = FormValues.JSON.convertValue(r,
                new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { });
        plain.forEach((key, value) -> {
            if (value instanceof List<?> || value instanceof Map<?, ?>) {
                vars.put(key, SpinValues.jsonValue(FormValues.JSON.valueToTree(value).toString()).create());
            } else if (value != null) {
                vars.put(key, value);
            }
        });
        return vars;
    }
}
