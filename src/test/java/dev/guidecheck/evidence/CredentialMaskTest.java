package dev.guidecheck.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.testng.annotations.Test;

public class CredentialMaskTest {

    @Test
    public void aLongValueShowsItsFirstThreeCharactersAndLength() {
        assertThat(CredentialMask.mask("47d2f0c1a9b84e6f8a3d5c7e9f1b2a4c")).isEqualTo("47d…(32 chars)");
    }

    @Test
    public void aValueOfThreeOrFewerCharactersShowsOnlyItsLength() {
        assertThat(CredentialMask.mask("abc")).isEqualTo("…(3 chars)");
        assertThat(CredentialMask.mask("a")).isEqualTo("…(1 chars)");
    }

    @Test
    public void fourCharactersShowThreeOfThem() {
        assertThat(CredentialMask.mask("abcd")).isEqualTo("abc…(4 chars)");
    }

    @Test
    public void nullAndEmptyAreEmpty() {
        assertThat(CredentialMask.mask(null)).isEqualTo("(empty)");
        assertThat(CredentialMask.mask("")).isEqualTo("(empty)");
    }

    @Test
    public void charactersOutsideTheBasicPlaneAreCountedOnceAndNeverSplit() {
        assertThat(CredentialMask.mask("😀😀😀😀secret")).isEqualTo("😀😀😀…(10 chars)");
    }

    @Test
    public void theFullValueIsNeverReturned() {
        for (String value : new String[] {"abcd", "password1", "x".repeat(200)}) {
            assertThat(CredentialMask.mask(value)).doesNotContain(value);
        }
    }
}
