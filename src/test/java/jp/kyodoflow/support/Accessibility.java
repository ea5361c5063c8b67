package jp.kyodoflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * JIS X 8341-3:2016 level AA as a browser test can check it: axe-core's WCAG 2.0/2.1 A and AA rules run
 * on the page the browser shows now. A critical or serious violation fails the test with the rule,
 * what it asks for and the elements that break it; moderate and minor ones are the reviewer's to read.
 */
public final class Accessibility {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    static final Set<String> FAILING = Set.of("critical", "serious");

    private Accessibility() {
    }

    /** Fails when the page as shown has a critical or serious WCAG A/AA violation. */
    public static void assertNoSeriousViolations(WebDriver browser) {
        Results results = new AxeBuilder().withTags(TAGS).analyze(browser);
        assertThat(results.isErrored()).as("axe-core could not run on %s", browser.getCurrentUrl()).isFalse();
        List<String> serious = results.getViolations().stream()
                .filter(rule -> FAILING.contains(rule.getImpact()))
                .map(Accessibility::describe)
                .toList();
        assertThat(serious).as("critical or serious WCAG violations on %s", browser.getCurrentUrl()).isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + "): "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "));
    }
}
