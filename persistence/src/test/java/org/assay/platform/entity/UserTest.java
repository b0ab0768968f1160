package org.assay.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.assay.users.entity.LoginRecord;
import org.assay.users.entity.Role;
import org.assay.users.entity.User;
import org.junit.jupiter.api.Test;

/** Plain-Java behaviour of the User entity; no database. */
class UserTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void emailIsTrimmedAndLowerCased() {
        User user = new User("  Alice.Smith@Example.COM \t", Role.ROLE_USER);
        assertEquals("alice.smith@example.com", user.getEmail());
        assertEquals("alice.smith@example.com", User.normalizeEmail("ALICE.SMITH@example.com"));
    }

    @Test
    void emailNormalisationIgnoresTheDefaultLocale() {
        // in a Turkish default locale "I".toLowerCase() is a dotless i; stored emails must not depend on that
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals("info@example.com", User.normalizeEmail("INFO@EXAMPLE.COM"));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void newUserIsEnabledButNotValidatedNorServiceAccount() {
        User user = new User("a@b.c", Role.ROLE_CLIENT);
        assertEquals(Role.ROLE_CLIENT, user.getRole());
        assertTrue(user.isEnabled());
        assertFalse(user.isValidated());
        assertFalse(user.isServiceAccount());
        assertEquals(Optional.empty(), user.getPasswordHash());
        assertTrue(user.getRecentLogins().isEmpty());
        assertTrue(ObjectIds.isValid(user.getId()));
        assertEquals(0, user.getVersion());
    }

    @Test
    void displayNameFallsBackToTheEmail() {
        User user = new User("a@b.c", Role.ROLE_USER);
        assertEquals("a@b.c", user.displayName());
        user.setNames("", "  ");
        assertEquals("a@b.c", user.displayName());
    }

    @Test
    void displayNameIsTheFullName() {
        User user = new User("a@b.c", Role.ROLE_USER);
        user.setNames("Ada", "Lovelace");
        assertEquals("Ada Lovelace", user.displayName());
    }

    @Test
    void displayNameWithOnlyOneNameHasNoStrayBlank() {
        User user = new User("a@b.c", Role.ROLE_USER);
        user.setNames("Ada", null);
        assertEquals("Ada", user.displayName());
        user.setNames(null, "Lovelace");
        assertEquals("Lovelace", user.displayName());
    }

    @Test
    void serviceAccountDisplaysAsApiTokenName() {
        User token = new User("token-1@tokens.assay.invalid", Role.ROLE_ADMIN);
        token.markServiceAccount();
        token.setNames("CI pipeline", null);
        assertTrue(token.isServiceAccount());
        assertTrue(token.isValidated(), "API token users need no activation");
        assertEquals("(API) CI pipeline", token.displayName());
    }

    @Test
    void recordLoginKeepsTheNewestFirst() {
        User user = new User("a@b.c", Role.ROLE_USER);
        user.recordLogin(new LoginRecord(T0, "10.0.0.1"));
        user.recordLogin(new LoginRecord(T0.plusSeconds(60), "10.0.0.2"));
        List<LoginRecord> logins = user.getRecentLogins();
        assertEquals(2, logins.size());
        assertEquals("10.0.0.2", logins.get(0).getIpAddress());
        assertEquals(T0.plusSeconds(60), logins.get(0).getTimestamp());
        assertEquals("10.0.0.1", logins.get(1).getIpAddress());
    }

    @Test
    void recordLoginKeepsAtMostTheConfiguredNumber() {
        assertEquals(10, User.RECENT_LOGINS_KEPT);
        User user = new User("a@b.c", Role.ROLE_USER);
        for (int i = 0; i < User.RECENT_LOGINS_KEPT + 5; i++) {
            user.recordLogin(new LoginRecord(T0.plusSeconds(i), "10.0.0." + i));
        }
        List<LoginRecord> logins = user.getRecentLogins();
        assertEquals(User.RECENT_LOGINS_KEPT, logins.size());
        assertEquals("10.0.0.14", logins.get(0).getIpAddress(), "newest first");
        assertEquals("10.0.0.5", logins.get(logins.size() - 1).getIpAddress(), "oldest kept");
        for (int i = 1; i < logins.size(); i++) {
            assertTrue(logins.get(i - 1).getTimestamp().isAfter(logins.get(i).getTimestamp()));
        }
    }

    @Test
    void recentLoginsCannotBeModifiedFromOutside() {
        User user = new User("a@b.c", Role.ROLE_USER);
        assertThrows(UnsupportedOperationException.class,
                () -> user.getRecentLogins().add(new LoginRecord(T0, "1.2.3.4")));
    }

    @Test
    void activationIsValidUntilItsExpiryExclusive() {
        User user = new User("a@b.c", Role.ROLE_USER);
        assertFalse(user.activationValidAt(T0), "no activation started");
        Instant expiry = T0.plusSeconds(3600);
        user.startActivation("hash", expiry);
        assertTrue(user.activationValidAt(T0));
        assertTrue(user.activationValidAt(expiry.minusNanos(1)));
        assertFalse(user.activationValidAt(expiry), "expired at the expiry instant");
        assertFalse(user.activationValidAt(expiry.plusSeconds(1)));
    }

    @Test
    void activationWithoutExpiryOrHashIsNeverValid() {
        User user = new User("a@b.c", Role.ROLE_USER);
        user.startActivation("hash", null);
        assertFalse(user.activationValidAt(T0));
        user.startActivation(null, T0.plusSeconds(60));
        assertFalse(user.activationValidAt(T0));
    }

    @Test
    void restartingActivationReplacesTheExpiry() {
        User user = new User("a@b.c", Role.ROLE_USER);
        user.startActivation("old", T0.plusSeconds(60));
        user.startActivation("new", T0.plusSeconds(7200));
        assertTrue(user.activationValidAt(T0.plusSeconds(3600)));
    }

    @Test
    void activateSetsThePasswordValidatesAndEndsTheActivation() {
        User user = new User("a@b.c", Role.ROLE_USER);
        user.startActivation("hash", T0.plusSeconds(3600));
        user.activate("pbkdf2-sha256$10000$salt$hash");
        assertEquals(Optional.of("pbkdf2-sha256$10000$salt$hash"), user.getPasswordHash());
        assertTrue(user.isValidated());
        assertFalse(user.activationValidAt(T0), "the activation link is one-time");
    }

    @Test
    void settersChangeRoleAndEnabled() {
        User user = new User("a@b.c", Role.ROLE_USER);
        user.setRole(Role.ROLE_ORGANIZATION_ADMIN);
        user.setEnabled(false);
        assertSame(Role.ROLE_ORGANIZATION_ADMIN, user.getRole());
        assertFalse(user.isEnabled());
        assertNull(user.getFirstName());
        assertNull(user.getLastName());
    }

    @Test
    void stampsRecordCreatorAndModifier() {
        User user = new User("a@b.c", Role.ROLE_USER);
        UserInfo creator = new UserInfo("65a1b2c3d4e5f60718293a4b", "Admin");
        user.stampCreated(creator, T0);
        assertEquals(T0, user.getCreationDate());
        assertEquals(T0, user.getLastModifiedDate());
        assertEquals(creator, user.getCreatedUserInfo());
        UserInfo editor = new UserInfo("75a1b2c3d4e5f60718293a4b", "Editor");
        user.stampModified(editor, T0.plusSeconds(5));
        assertEquals(T0, user.getCreationDate(), "creation is kept");
        assertEquals(creator, user.getCreatedUserInfo());
        assertEquals(T0.plusSeconds(5), user.getLastModifiedDate());
        assertEquals(editor, user.getLastModifiedUserInfo());
    }

    @Test
    void everyEntityGetsItsOwnId() {
        assertFalse(new User("a@b.c", Role.ROLE_USER).getId().equals(new User("a@b.c", Role.ROLE_USER).getId()));
    }
}
