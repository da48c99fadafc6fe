package dev.guidecheck.pages;

import org.testng.annotations.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

public class NearestLabelsTest {

    @Test
    public void aPluralOrSingularIsNearest() {
        assertThat(NearestLabels.to("Application", List.of("Company", "Applications", "Contacts"))).containsExactly("Applications");
        assertThat(NearestLabels.to("Applications", List.of("Keys", "Application", "Manage Account"))).containsExactly("Application");
    }

    @Test
    public void caseAndSpacingDoNotMatter() {
        assertThat(NearestLabels.similarity("encrypted  KEY", "Encrypted Key:")).isEqualTo(1.0);
    }

    @Test
    public void aLabelGrownByAWordIsNear() {
        assertThat(NearestLabels.to("Settings", List.of("Branding", "API Settings", "Users"))).containsExactly("API Settings");
        assertThat(NearestLabels.to("API Settings", List.of("Settings", "Reports"))).containsExactly("Settings");
    }

    @Test
    public void anAbbreviationIsNear() {
        assertThat(NearestLabels.to("Applications", List.of("Keys", "Apps", "Manage Account"))).containsExactly("Apps");
        assertThat(NearestLabels.to("Administration", List.of("My Nav", "CRM", "Marketing", "E-Commerce", "Admin")))
                .containsExactly("Admin");
    }

    @Test
    public void aTypoIsNear() {
        assertThat(NearestLabels.to("Aplication", List.of("Application", "Company"))).containsExactly("Application");
        assertThat(NearestLabels.to("Integrations", List.of("Keys", "Applications", "Manage Account"))).containsExactly("Applications");
    }

    @Test
    public void atMostThreeNearestFirstAndEqualsInPageOrder() {
        assertThat(NearestLabels.to("Key", List.of("Keys", "Key Report", "Delete Key", "My Keys", "Status")))
                .containsExactly("Keys", "Key Report", "Delete Key");
    }

    @Test
    public void nothingUnlikeTheLabelIsSuggested() {
        assertThat(NearestLabels.to("Application", List.of("General", "Company", "Email", "Misc"))).isEmpty();
        assertThat(NearestLabels.to("Application", List.of())).isEmpty();
    }

    @Test
    public void theMessageNamesTheLabelThePlaceAndTheNearestLabels() {
        assertThat(new LabelNotFoundException("Applications", "the tabs of My API Keys", List.of("Keys", "Apps")))
                .hasMessage("no \"Applications\" in the tabs of My API Keys; nearest: \"Apps\"");
        assertThat(new LabelNotFoundException("Application", "the settings categories", List.of("General", "Misc")))
                .hasMessage("no \"Application\" in the settings categories, nor anything like it; it shows: \"General\", \"Misc\"");
    }
}
