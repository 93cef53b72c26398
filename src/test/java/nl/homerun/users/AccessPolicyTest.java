package nl.homerun.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class AccessPolicyTest {

    @Test
    void emptyListAllowsEveryone() {
        AccessPolicy policy = new AccessPolicy(List.of());

        assertThat(policy.allows(1L)).isTrue();
        assertThat(policy.allows(123_456_789L)).isTrue();
        assertThat(policy.allows(-100L)).isTrue();
    }

    @Test
    void listAllowsOnlyItsIds() {
        AccessPolicy policy = new AccessPolicy(List.of(42L, 7_000_000_001L));

        assertThat(policy.allows(42L)).isTrue();
        assertThat(policy.allows(7_000_000_001L)).isTrue();
        assertThat(policy.allows(43L)).isFalse();
        assertThat(policy.allows(1L)).isFalse();
        assertThat(policy.allows(7_000_000_000L)).isFalse();
    }

    @Test
    void laterChangesToTheGivenListDoNotChangeThePolicy() {
        List<Long> ids = new ArrayList<>(List.of(42L));
        AccessPolicy policy = new AccessPolicy(ids);

        ids.add(43L);
        ids.remove(42L);

        assertThat(policy.allows(42L)).isTrue();
        assertThat(policy.allows(43L)).isFalse();
    }
}
