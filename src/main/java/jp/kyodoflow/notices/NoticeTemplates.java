package jp.kyodoflow.notices;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kyodoflow.common.JapaneseFormat;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The texts of notices and of their e-mail ({@link #mail}), one title and body per template key. The defaults live in
 * {@code notices/templates/*.properties} (UTF-8, one file per module); a city overrides any of them in
 * its configuration under {@code kyodo.notices.templates.<key>.title|body}. Placeholders are
 * {@code {name}}; dates are written the Japanese way, amounts in yen.
 */
@Component
public class NoticeTemplates {

    /** A rendered notice text. */
    public record Text(String title, String body) {
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");

    /** Where a mail's link leads: the portal's マイページ (groups, applicants) or Tasklist (staff). */
    enum Page {
        PORTAL("/mypage", "mail.link.portal"), TASKLIST("/camunda/app/tasklist/", "mail.link.tasklist");

        final String path;
        final String lineKey;

        Page(String path, String lineKey) {
            this.path = path;
            this.lineKey = lineKey;
        }
    }

    private final Map<String, NoticeTemplateProperties.Template> templates = new HashMap<>();
    private final Properties defaults = new Properties();
    private final String municipality;

    NoticeTemplates(NoticeTemplateProperties overrides, jp.kyodoflow.municipality.MunicipalityProperties city)
            throws IOException {
        this.municipality = city.name();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:notices/templates/*.properties")) {
            try (Reader in = new InputStreamReader(r.getInputStream(), StandardCharsets.UTF_8)) {
                defaults.load(in);
            }
        }
        for (String name : defaults.stringPropertyNames()) {
            if (name.endsWith(".title")) {
                String key = name.substring(0, name.length() - ".title".length());
                templates.put(key, new NoticeTemplateProperties.Template(defaults.getProperty(name),
                        defaults.getProperty(key + ".body")));
            }
        }
        overrides.templates().forEach((key, t) -> {
            var base = templates.get(key);
            if (base == null) {
                throw new IllegalStateException("kyodo.notices.templates." + key + " overrides no known notice template");
            }
            templates.put(key, new NoticeTemplateProperties.Template(
                    t.title() == null ? base.title() : t.title(), t.body() == null ? base.body() : t.body()));
        });
        templates.forEach((key, t) -> {
            if (t.title() == null || t.title().isBlank() || t.body() == null || t.body().isBlank()) {
                throw new IllegalStateException("notice template " + key + " needs both a title and a body");
            }
        });
        for (String key : new String[] {"mail.link.portal", "mail.link.tasklist", "mail.footer"}) {
            if (defaults.getProperty(key) == null) {
                throw new IllegalStateException("notices/templates/mail.properties needs " + key);
            }
        }
    }

    /** Renders the template; a placeholder without a value is a programming error, not a blank. */
    public Text render(String key, Map<String, ?> values) {
        var t = templates.get(key);
        if (t == null) {
            throw new IllegalArgumentException("unknown notice template: " + key);
        }
        return new Text(fill(key, t.title(), values), fill(key, t.body(), values));
    }

    /**
     * The e-mail of a notice: the subject is its title, the body its body, the link to the page where the
     * person acts on it and the footer that says who sent it ({@code notices/templates/mail.properties}).
     */
    public Text mail(Text notice, Page page, String baseUrl) {
        Map<String, Object> values = Map.of("url", baseUrl + page.path, "municipality", municipality);
        String link = fill(page.lineKey, defaults.getProperty(page.lineKey), values);
        String footer = fill("mail.footer", defaults.getProperty("mail.footer"), values);
        return new Text(notice.title(), notice.body() + "\n\n" + link + "\n\n--\n" + footer + "\n");
    }

    private static String fill(String key, String text, Map<String, ?> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("notice template " + key + " needs a value for {" + name + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(format(values.get(name))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof OffsetDateTime t) {
            return JapaneseFormat.day(t);
        }
        if (value instanceof LocalDate d) {
            return JapaneseFormat.day(d);
        }
        if (value instanceof Date d) {
            return JapaneseFormat.day(d);
        }
        return value.toString();
    }
}
