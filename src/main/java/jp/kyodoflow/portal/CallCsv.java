package jp.kyodoflow.portal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.kyodoflow.proposals.CallBoard;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The call's proposal list as CSV: UTF-8 with BOM, CRLF, RFC 4180 quoting, formula-like text defused. */
@Component
class CallCsv {

    private final MessageSource messages;
    private final PortalFormat format;

    CallCsv(MessageSource messages, PortalFormat format) {
        this.messages = messages;
        this.format = format;
    }

    byte[] proposals(List<CallBoard.Row> rows, Map<Long, String> groups, Map<String, String> departments) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, Stream.of("id", "title", "group", "status", "step", "due", "asked", "in", "missing", "submitted")
                .map(k -> messages.getMessage("cases.csv." + k, null, LocaleContextHolder.getLocale())).toList());
        for (CallBoard.Row r : rows) {
            line(out, List.of("PR-" + r.id(), nz(r.title()), groups.getOrDefault(r.groupId(), String.valueOf(r.groupId())),
                    r.statusLabel(), String.join("・", r.openSteps()), format.dateTime(r.dueAt()),
                    names(r.departmentsAsked(), departments), names(r.opinionsIn(), departments),
                    names(r.opinionsMissing(), departments), format.dateTime(r.submittedAt())));
        }
        return out.toString().getBytes(UTF_8);
    }

    private static String names(List<String> ids, Map<String, String> departments) {
        return ids.stream().map(d -> departments.getOrDefault(d, d)).collect(Collectors.joining("・"));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static void line(StringBuilder out, List<String> values) {
        jp.kyodoflow.common.Csv.line(out, values.stream().map(v -> jp.kyodoflow.common.Csv.field(v, true)).toList());
    }
}
