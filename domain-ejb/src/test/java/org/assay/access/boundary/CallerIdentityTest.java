package org.assay.access.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Optional;
import java.util.Set;
import org.assay.access.control.Permissions;
import org.assay.platform.entity.ObjectIds;
import org.junit.jupiter.api.Test;

class CallerIdentityTest {

    private static final String USER_ID = "65f1a2b3c4d5e6f708192a3b";
    private static final String TOKEN_ID = "65f1a2b3c4d5e6f708192a3c";
    private static final Set<String> GROUPS = Set.of(Permissions.USERS_READ, Permissions.ORGANIZATIONS_READ);

    @Test
    void userPrincipalNameIsTheUserId() {
        CallerIdentity identity = CallerIdentity.ofUser(USER_ID, GROUPS);
        assertEquals(USER_ID, identity.principalName());
        assertEquals(GROUPS, identity.groups());
    }

    @Test
    void tokenPrincipalNameIsUserIdDotTokenId() {
        CallerIdentity identity = CallerIdentity.ofToken(USER_ID, TOKEN_ID, GROUPS);
        assertEquals(USER_ID + "." + TOKEN_ID, identity.principalName());
        assertEquals(GROUPS, identity.groups());
    }

    @Test
    void userAndTokenPrincipalsOfTheSameUserDiffer() {
        assertNotEquals(CallerIdentity.ofUser(USER_ID, GROUPS), CallerIdentity.ofToken(USER_ID, TOKEN_ID, GROUPS));
    }

    @Test
    void userPrincipalRoundTrips() {
        String name = CallerIdentity.ofUser(USER_ID, GROUPS).principalName();
        assertEquals(USER_ID, CallerIdentity.userIdOf(name));
        assertEquals(Optional.empty(), CallerIdentity.tokenIdOf(name));
    }

    @Test
    void tokenPrincipalRoundTrips() {
        String name = CallerIdentity.ofToken(USER_ID, TOKEN_ID, GROUPS).principalName();
        assertEquals(USER_ID, CallerIdentity.userIdOf(name));
        assertEquals(Optional.of(TOKEN_ID), CallerIdentity.tokenIdOf(name));
    }

    @Test
    void generatedIdsRoundTrip() {
        for (int i = 0; i < 100; i++) {
            String userId = ObjectIds.next();
            String tokenId = ObjectIds.next();
            String name = CallerIdentity.ofToken(userId, tokenId, Set.of()).principalName();
            assertEquals(userId, CallerIdentity.userIdOf(name));
            assertEquals(Optional.of(tokenId), CallerIdentity.tokenIdOf(name));
            assertEquals(userId, CallerIdentity.userIdOf(CallerIdentity.ofUser(userId, Set.of()).principalName()));
        }
    }

    @Test
    void renewedTokensOfOneUserShareTheUserPart() {
        String first = CallerIdentity.ofToken(USER_ID, TOKEN_ID, GROUPS).principalName();
        String successor = CallerIdentity.ofToken(USER_ID, "65f1a2b3c4d5e6f708192a3d", GROUPS).principalName();
        assertNotEquals(first, successor);
        assertEquals(CallerIdentity.userIdOf(first), CallerIdentity.userIdOf(successor));
        assertNotEquals(CallerIdentity.tokenIdOf(first), CallerIdentity.tokenIdOf(successor));
    }

    @Test
    void onlyTheFirstSeparatorSplits() {
        // ids never contain a dot; a token id with one still comes back whole
        assertEquals("u", CallerIdentity.userIdOf("u.t.x"));
        assertEquals(Optional.of("t.x"), CallerIdentity.tokenIdOf("u.t.x"));
    }

    @Test
    void groupsAreKeptAsGiven() {
        assertEquals(Set.of(), CallerIdentity.ofToken(USER_ID, TOKEN_ID, Set.of()).groups());
        assertEquals(Set.of(Permissions.APP_ADMIN), CallerIdentity.ofUser(USER_ID, Set.of(Permissions.APP_ADMIN)).groups());
    }

    @Test
    void identitiesAreValues() {
        assertEquals(CallerIdentity.ofToken(USER_ID, TOKEN_ID, GROUPS),
                new CallerIdentity(USER_ID + "." + TOKEN_ID, Set.copyOf(GROUPS)));
        assertEquals(CallerIdentity.ofUser(USER_ID, GROUPS).hashCode(),
                new CallerIdentity(USER_ID, GROUPS).hashCode());
    }
}
