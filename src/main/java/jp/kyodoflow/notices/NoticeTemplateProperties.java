package jp.kyodoflow.notices;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** A city's own wording of notices: {@code kyodo.notices.templates.<key>.title|body} (either may be left out). */
@ConfigurationProperties("kyodo.notices")
public record NoticeTemplateProperties(Map<String, Template> templates) {

    public record Template(String title, String body) {
    }

    public NoticeTemplateProperties {
        templates = templates == null ? Map.of() : Map.copyOf(templates);
    }
}
