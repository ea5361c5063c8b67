package jp.kyodoflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import jp.kyodoflow.workflow.FormSchema.Field;
import jp.kyodoflow.workflow.FormSchema.Kind;
import org.junit.jupiter.api.Test;

/** What the parser reads from a deployed form: top-level keys for the guard, labels, rows and choices for people. */
class FormSchemaTest {

    private static FormSchema form(String name) {
        InputStream in = FormSchemaTest.class.getResourceAsStream("/forms/" + name + ".form");
        assertThat(in).as(name).isNotNull();
        return FormSchema.parse(in);
    }

    @Test
    void aListIsOneKeyWhoseRowFieldsAreListedInsideIt() {
        FormSchema hearing = form("ScheduleHearingForm");
        assertThat(hearing.inputKeys()).containsExactly("heldOn", "startTime", "place", "presentationMinutes",
                "questionMinutes", "hearingOrder");
        Field heldOn = hearing.fields().get("heldOn");
        assertThat(heldOn.label()).as("a date field's label").isEqualTo("開催日");
        assertThat(heldOn.required()).isTrue();
        Field order = hearing.fields().get("hearingOrder");
        assertThat(order.kind()).isEqualTo(Kind.LIST);
        assertThat(order.type()).isEqualTo("dynamiclist");
        assertThat(order.fields()).extracting(Field::key).containsExactly("proposalTitle", "position", "proposalId");
        assertThat(order.fields().get(0).readonly()).isTrue();
        assertThat(order.fields().get(1).required()).isTrue();
        assertThat(order.fields().get(1).kind()).isEqualTo(Kind.NUMBER);
    }

    @Test
    void choicesAreFixedValuesOrAVariable() {
        Field decision = form("ReviewGroupRegistrationForm").fields().get("registrationDecision");
        assertThat(decision.options()).extracting(FormSchema.Option::value).containsExactly("REGISTER", "SEND_BACK", "REFUSE");
        assertThat(decision.optionsKey()).isNull();
        Field partner = form("SelectPartnerForm").fields().get("partnerGroupId");
        assertThat(partner.options()).isEmpty();
        assertThat(partner.optionsKey()).isEqualTo("partnerGroupOptions");
        assertThat(form("ReviewGroupRegistrationForm").readonlyKeys()).contains("groupName", "eligibilitySummary")
                .doesNotContain("registrationDecision", "decisionReason");
    }
}
