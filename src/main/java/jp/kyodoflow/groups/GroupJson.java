package jp.kyodoflow.groups;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.Map;
import jp.kyodoflow.workflow.FormValues;

final class GroupJson {
    private GroupJson() {
    }

    static Map<String, Object> toMap(GroupApplicationRequest request) {
        return FormValues.JSON.convertValue(request, new TypeReference<Map<String, Object>>() { });
    }

    static GroupApplicationRequest fromMap(Map<String, Object> map) {
        return FormValues.JSON.convertValue(map, GroupApplicationRequest.class);
    }
}
