package jp.kyodoflow.workflow;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.common.BusinessRuleException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Typed reading of what a Camunda Form (or an API call) put into process variables: numbers may
 * arrive as Integer, Long, Double or text; lists and objects as Spin JSON; dates as ISO text.
 * A value of the wrong shape is refused with a Japanese message.
 */
public final class FormValues {

    public static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private final VariableScope scope;

    private FormValues(VariableScope scope) {
        this.scope = scope;
    }

    public static FormValues of(VariableScope scope) {
        return new FormValues(scope);
    }

    public String text(String key) {
        Object v = scope.getVariable(key);
        if (v == null) {
            return null;
        }
        String s = String.valueOf(v).trim();
        return s.isEmpty() ? null : s;
    }

    public Long number(String key) {
        Object v = scope.getVariable(key);
        if (v == null || (v instanceof String s && s.isBlank())) {
            return null;
        }
        if (v instanceof Number n) {
            if (n.doubleValue() != Math.rint(n.doubleValue())) {
                throw new BusinessRuleException("「" + key + "」は整数で入力してください");
            }
            return n.longValue();
        }
        try {
            return Long.parseLong(String.valueOf(v).trim());
        } catch (NumberFormatException e) {
            throw new BusinessRuleException("「" + key + "」は数値で入力してください");
        }
    }

    public boolean flag(String key) {
        Object v = scope.getVariable(key);
        return v instanceof Boolean b ? b : v != null && Boolean.parseBoolean(String.valueOf(v));
    }

    public LocalDate date(String key) {
        Object v = scope.getVariable(key);
        if (v == null || (v instanceof String s && s.isBlank())) {
            return null;
        }
        if (v instanceof Date d) {
            return d.toInstant().atZone(ZoneId.of("Asia/Tokyo")).toLocalDate();
        }
        String s = String.valueOf(v).trim();
        try {
            return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            throw new BusinessRuleException("「" + key + "」の日付の形式が正しくありません（例：2026-04-01）");
        }
    }

    /**
     * A moment from a datetime field: form-js sends "2027-01-15T17:00+09:00" (with offset), "…Z" or a local
     * "2027-01-15T17:00", which is read in Tokyo time; the API may send a Date.
     */
    public java.time.OffsetDateTime dateTime(String key) {
        Object v = scope.getVariable(key);
        if (v == null || (v instanceof String s && s.isBlank())) {
            return null;
        }
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        if (v instanceof Date d) {
            return d.toInstant().atZone(tokyo).toOffsetDateTime();
        }
        String s = String.valueOf(v).trim();
        try {
            return java.time.OffsetDateTime.parse(s).atZoneSameInstant(tokyo).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            try {
                return java.time.LocalDateTime.parse(s).atZone(tokyo).toOffsetDateTime();
            } catch (DateTimeParseException e2) {
                throw new BusinessRuleException("「" + key + "」の日時の形式が正しくありません（例：2027-01-15T17:00）");
            }
        }
    }

    public <T> List<T> list(String key, Class<T> elementType) {
        JavaType type = JSON.getTypeFactory().constructCollectionType(List.class, elementType);
        List<T> list = convert(key, type);
        return list == null ? List.of() : list;
    }

    public Map<String, Object> object(String key) {
        Map<String, Object> map = convert(key, JSON.getTypeFactory().constructType(new TypeReference<Map<String, Object>>() { }));
        return map == null ? Map.of() : map;
    }

    private <T> T convert(String key, JavaType type) {
        Object v = scope.getVariable(key);
        if (v == null) {
            return null;
        }
        try {
            if (v instanceof SpinJsonNode node) {
                return JSON.readValue(node.toString(), type);
            }
            if (v instanceof String s) {
                return s.isBlank() ? null : JSON.readValue(s, type);
            }
            return JSON.convertValue(v, type);
        } catch (Exception e) {
            throw new BusinessRuleException("「" + key + "」の形式が正しくありません");
        }
    }
}
