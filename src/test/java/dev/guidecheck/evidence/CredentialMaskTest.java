package dev.guidecheck.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.testng.annotations.Test;

/** The one rule for how much of a secret any output shows: at most three characters, at most a quarter, none under 12. */
public class CredentialMaskTest {

    @Test
    public void aLongValueShowsItsFirstThreeCharactersAndNotItsLength() {
        assertThat(CredentialMask.mask("47d2f0c1a9b84e6f8a3d5c7e9f1b2a4c")).isEqualTo("47d…");
        assertThat(CredentialMask.mask("runtabng2dqph5wwda6ag9wh")).isEqualTo("run…");
    }

    @Test
    public void aValueShorterThanTwelveCharactersShowsNone() {
        assertThat(CredentialMask.mask("8Pq5plubj5")).as("a 10-character client_secret").isEqualTo("…");
        assertThat(CredentialMask.mask("abcdefghijk")).isEqualTo("…");
        assertThat(CredentialMask.mask("abcd")).isEqualTo("…");
        assertThat(CredentialMask.mask("a")).isEqualTo("…");
    }

    @Test
    public void twelveCharactersShowAQuarterOfThem() {
        assertThat(CredentialMask.mask("abcdefghijkl")).isEqualTo("abc…");
    }

    @Test
    public void noLengthShowsMoreThanThreeCharactersNorMoreThanAQuarter() {
        for (int length = 0; length <= 200; length++) {
            int shown = CredentialMask.shownCharacters(length);
            assertThat(shown).as("shown of %d", length).isBetween(0, 3);
            assertThat(4 * shown).as("a quarter of %d", length).isLessThanOrEqualTo(length);
            if (length < 12) {
                assertThat(shown).as("shown of %d", length).isZero();
            }
        }
    }

    @Test
    public void theTableForPageScriptsIsTheSameRuleAndStopsWhereItStopsGrowing() {
        int[] table = CredentialMask.shownByLength();
        for (int length = 0; length <= 200; length++) {
            assertThat(table[Math.min(length, table.length - 1)]).as("length %d", length)
                    .isEqualTo(CredentialMask.shownCharacters(length));
        }
    }

    @Test
    public void masksOfValuesOfDifferentLengthsCannotBeToldApartByLength() {
        assertThat(CredentialMask.mask("abcdefghijklmnop")).isEqualTo(CredentialMask.mask("abcdefghijklmnopqrstuvwxyz0123"));
        assertThat(CredentialMask.mask("short")).isEqualTo(CredentialMask.mask("eleven-char"));
    }

    @Test
    public void nullAndEmptyAreEmpty() {
        assertThat(CredentialMask.mask(null)).isEqualTo("(empty)");
        assertThat(CredentialMask.mask("")).isEqualTo("(empty)");
    }

    @Test
    public void charactersOutsideTheBasicPlaneAreCountedOnceAndNeverSplit() {
        assertThat(CredentialMask.mask("😀😀😀😀secret-value")).isEqualTo("😀😀😀…");
        assertThat(CredentialMask.mask("😀😀😀😀secret")).as("10 characters, 14 UTF-16 units").isEqualTo("…");
    }

    @Test
    public void theFullValueIsNeverReturned() {
        for (String value : new String[] {"abcd", "password1", "x".repeat(200)}) {
            assertThat(CredentialMask.mask(value)).doesNotContain(value);
        }
    }
}
