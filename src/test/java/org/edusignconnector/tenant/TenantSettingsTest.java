package org.edusignconnector.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Typed access to a tenant's template parameters: blank means unset, flags and numbers are strict,
 * lists are comma-separated; every error names the tenant and the field.
 */
class TenantSettingsTest {

    @Test
    void textIsTrimmedAndBlankIsUnset() {
        TenantSettings s = settings(Map.of("url", "  https://celcat.example.fr/api ", "password", "   "));

        assertThat(s.text("url")).isEqualTo("https://celcat.example.fr/api");
        assertThat(s.text("password")).isNull();
        assertThat(s.text("absent")).isNull();
        assertThat(s.text("password", "fallback")).isEqualTo("fallback");
        assertThat(s.text("url", "fallback")).isEqualTo("https://celcat.example.fr/api");
    }

    @Test
    void requiredFieldMissingOrBlankNamesTenantAndField() {
        TenantSettings s = settings(Map.of("url", " "));

        assertThatThrownBy(() -> s.required("url"))
                .isInstanceOf(TenantConfigException.class)
                .hasMessage("tenant 'acme': url is mandatory and missing");
        assertThat(settings(Map.of("url", "x")).required("url")).isEqualTo("x");
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "TRUE", "yes", "Yes", "on", "1", " true "})
    void trueFlags(String value) {
        assertThat(settings(Map.of("groups", value)).flag("groups")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "False", "no", "NO", "off", "0", ""})
    void falseFlags(String value) {
        assertThat(settings(Map.of("groups", value)).flag("groups")).isFalse();
    }

    @Test
    void unsetFlagIsFalse() {
        assertThat(settings(Map.of()).flag("groups")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"maybe", "oui", "2", "truee", "y"})
    void badFlagNamesTenantFieldAndValue(String value) {
        TenantSettings s = settings(Map.of("sendCredentials", value));

        assertThatThrownBy(() -> s.flag("sendCredentials"))
                .isInstanceOf(TenantConfigException.class)
                .hasMessage("tenant 'acme': sendCredentials must be true or false, got '" + value + "'");
    }

    @Test
    void numberParsesAndFallsBack() {
        TenantSettings s = settings(Map.of("windowDays", " 21 ", "empty", " "));

        assertThat(s.number("windowDays", 14)).isEqualTo(21);
        assertThat(s.number("empty", 14)).isEqualTo(14);
        assertThat(s.number("absent", 14)).isEqualTo(14);
        assertThat(settings(Map.of("offset", "-3")).number("offset", 0)).isEqualTo(-3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fourteen", "1.5", "14d", "99999999999", "1 4"})
    void badNumberNamesTenantFieldAndValue(String value) {
        TenantSettings s = settings(Map.of("windowDays", value));

        assertThatThrownBy(() -> s.number("windowDays", 14))
                .isInstanceOf(TenantConfigException.class)
                .hasMessage("tenant 'acme': windowDays must be a whole number, got '" + value + "'");
    }

    @Test
    void listIsSplitOnCommasTrimmedAndWithoutEmptyItems() {
        TenantSettings s = settings(Map.of("eventCategoryNamesExcluded", " Vacances , Examen,,Réunion pédagogique , "));

        assertThat(s.list("eventCategoryNamesExcluded")).containsExactly("Vacances", "Examen", "Réunion pédagogique");
    }

    @Test
    void singleItemList() {
        assertThat(settings(Map.of("timetables", "1")).list("timetables")).containsExactly("1");
    }

    @Test
    void unsetOrBlankListIsEmpty() {
        assertThat(settings(Map.of()).list("areas")).isEmpty();
        assertThat(settings(Map.of("areas", "  ")).list("areas")).isEmpty();
        assertThat(settings(Map.of("areas", " , ,")).list("areas")).isEmpty();
    }

    @Test
    void listItemsKeepTheirInnerSpacesAndCase() {
        assertThat(settings(Map.of("companies", "D : CY TECH,d : cy tech")).list("companies"))
                .containsExactly("D : CY TECH", "d : cy tech");
    }

    @Test
    void valuesAreCopiedAtConstruction() {
        Map<String, String> values = new HashMap<>(Map.of("url", "a"));
        TenantSettings s = settings(values);
        values.put("url", "b");

        assertThat(s.text("url")).isEqualTo("a");
    }

    @Test
    void tenantAndTemplateAreKeptButNotTheValuesInToString() {
        TenantSettings s = new TenantSettings("acme", "celcat", Map.of("passwordEnv", "ACME_CELCAT_PASSWORD"));

        assertThat(s.tenant()).isEqualTo("acme");
        assertThat(s.template()).isEqualTo("celcat");
        assertThat(s.toString()).contains("acme", "celcat").doesNotContain("ACME_CELCAT_PASSWORD");
    }

    @Test
    void anUnsetOrBlankParameterTakesTheTemplatesDefault() {
        TenantSettings s = new TenantSettings("acme", "celcat", Map.of("windowDays", " ", "courseFilter", "direct:acme-filter"),
                Map.of("windowDays", "14", "courseFilter", "direct:no-course-filter", "edusignApi", "v1", "timetables", "1"));

        assertThat(s.number("windowDays")).isEqualTo(14);
        assertThat(s.text("courseFilter")).isEqualTo("direct:acme-filter");
        assertThat(s.required("edusignApi")).isEqualTo("v1");
        assertThat(s.list("timetables")).containsExactly("1");
    }

    @Test
    void aListWithoutItemTakesTheTemplatesDefault() {
        TenantSettings s = new TenantSettings("acme", "celcat", Map.of("timetables", " , "), Map.of("timetables", "1"));

        assertThat(s.list("timetables")).containsExactly("1");
    }

    @Test
    void aNumberWithNeitherValueNorTemplateDefaultNamesTenantAndField() {
        TenantSettings s = new TenantSettings("acme", "celcat", Map.of(), Map.of("celcatPageSize", "1000"));

        assertThatThrownBy(() -> s.number("windowDays"))
                .isInstanceOf(TenantConfigException.class)
                .hasMessage("tenant 'acme': windowDays is mandatory and missing");
        assertThatThrownBy(() -> new TenantSettings("acme", "celcat", Map.of(), Map.of("windowDays", "two weeks")).number("windowDays"))
                .isInstanceOf(TenantConfigException.class)
                .hasMessage("tenant 'acme': windowDays must be a whole number, got 'two weeks'");
    }

    private static TenantSettings settings(Map<String, String> values) {
        return new TenantSettings("acme", "celcat", values);
    }
}
