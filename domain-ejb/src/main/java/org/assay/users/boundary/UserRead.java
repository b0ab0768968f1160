package org.assay.users.boundary;

import java.time.Instant;
import java.util.List;
import org.assay.platform.boundary.UserInfoRead;
import org.assay.users.entity.Role;
import org.assay.users.entity.User;

/**
 * {@code ApiUserRead}. {@code activationLink} is an Assay extension present only in the answers to create and
 * resend-activation-link: an on-premises installation may have no mail server, so the App Admin passes it on.
 */
public record UserRead(String id, long version, Instant creationDate, Instant lastModifiedDate,
        UserInfoRead createdUserInfo, UserInfoRead lastModifiedUserInfo, String firstName, String lastName,
        String email, Role role, boolean enabled, boolean validated, boolean serviceAccount,
        List<LoginRecordRead> recentLogins, String activationLink) {

    /** {@code ApiLoginRecordRead}. */
    public record LoginRecordRead(Instant timestamp, String ipAddress) {
    }

    public static UserRead of(User user) {
        return new UserRead(user.getId(), user.getVersion(), user.getCreationDate(), user.getLastModifiedDate(),
                UserInfoRead.of(user.getCreatedUserInfo()), UserInfoRead.of(user.getLastModifiedUserInfo()),
                user.getFirstName(), user.getLastName(), user.getEmail(), user.getRole(), user.isEnabled(),
                user.isValidated(), user.isServiceAccount(),
                user.getRecentLogins().stream().map(l -> new LoginRecordRead(l.getTimestamp(), l.getIpAddress())).toList(),
                null);
    }

    public UserRead withActivationLink(String link) {
        return new UserRead(id, version, creationDate, lastModifiedDate, createdUserInfo, lastModifiedUserInfo,
                firstName, lastName, email, role, enabled, validated, serviceAccount, recentLogins, link);
    }
}
