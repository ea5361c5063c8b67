package jp.kyodoflow.portal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kyodoflow.common.BusinessRuleException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The subsidy forms' messages in Japanese at their fields: what the browser sent that is not a number or a date,
 * what the input records' constraints refuse (by the field's label: 「経費3行目の金額を入力してください」), and the
 * service's refusal with each of its reasons at the top.
 */
@Component
class SubsidyFormSupport {

    private static final Pattern INDEXED = Pattern.compile("^(\\w+)\\[(\\d+)]\\.(\\w+)$");

    private final Validator validator;
    private final MessageSource messages;

    SubsidyFormSupport(Validator validator, MessageSource messages) {
        this.validator = validator;
        this.messages = messages;
    }

    FormErrors binding(BindingResult binding) {
        FormErrors errors = FormErrors.none();
        for (FieldError e : binding.getFieldErrors()) {
            Class<?> type = binding.getFieldType(e.getField());
            boolean date = type != null && java.time.temporal.Temporal.class.isAssignableFrom(type);
            errors.add(e.getField(), message(date ? "subsidy.bind.date" : "subsidy.bind.number", label(e.getField())));
        }
        return errors;
    }

    /** What the browser sent for the fields it could not bind, to show it again as typed. */
    static Map<String, Object> rejected(BindingResult binding) {
        Map<String, Object> out = new java.util.HashMap<>();
        binding.getFieldErrors().forEach(e -> out.put(e.getField(), e.getRejectedValue() instanceof String[] a && a.length > 0
                ? a[0] : e.getRejectedValue()));
        return out;
    }

    /** The input's constraint violations and the amounts left empty, at the form's own paths. */
    FormErrors validate(SubsidyRows.Converted<?> converted) {
        FormErrors errors = FormErrors.none();
        converted.missing().forEach(f -> errors.add(f, message("subsidy.v.required", label(f))));
        for (ConstraintViolation<?> v : validator.validate(converted.input())) {
            String path = converted.formPath(v.getPropertyPath().toString());
            if (converted.missing().contains(path)) {
                continue;
            }
            errors.add(path, violation(path, v));
        }
        return errors;
    }

    private String violation(String path, ConstraintViolation<?> v) {
        String constraint = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
        if ("NotEmpty".equals(constraint) && !path.contains(".")) {
            return message("subsidy.v.rows", label(path));
        }
        return switch (constraint) {
            case "NotBlank", "NotNull", "NotEmpty" -> message("subsidy.v.required", label(path));
            case "Size" -> path.contains("[") || !path.matches("lines|otherFunding")
                    ? message("subsidy.v.size", label(path), attributes.get("max"))
                    : message("subsidy.v.rowsMax", label(path), attributes.get("max"));
            case "Max" -> message("subsidy.v.max", label(path), attributes.get("value"));
            case "PositiveOrZero" -> message("subsidy.v.positiveOrZero", label(path));
            default -> message("subsidy.v.invalid", label(path));
        };
    }

    /** The service's refusal: the sentence, then each reason, at the top of the form. */
    FormErrors refusal(BusinessRuleException refusal) {
        FormErrors errors = FormErrors.none();
        List<String> reasons = refusal.reasons();
        String text = refusal.getMessage();
        if (!reasons.isEmpty()) {
            String tail = "：" + String.join("／", reasons);
            errors.add(null, text.endsWith(tail) ? text.substring(0, text.length() - tail.length()) : text);
            reasons.forEach(r -> errors.add(null, r));
        } else {
            errors.add(null, text);
        }
        return errors;
    }

    /** 「経費3行目の金額」 for {@code lines[2].amountYen}, 「事業名」 for {@code title}. */
    String label(String path) {
        Matcher m = INDEXED.matcher(path);
        if (m.matches()) {
            return message("subsidy.label." + m.group(1) + "." + m.group(3), Integer.parseInt(m.group(2)) + 1);
        }
        return message("subsidy.label." + path.replaceAll("\\[\\d+]", ""));
    }

    String message(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.JAPANESE);
    }
}
