package org.assay.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * Who did something, as the API shows it in {@code createdUserInfo} / {@code lastModifiedUserInfo}: the user's id
 * and the name shown for it at that moment ({@code "(API) <token name>"} for an API Token User).
 */
@Embeddable
public class UserInfo {

    @Column(length = 24)
    private String userId;

    @Column(length = 320)
    private String userName;

    protected UserInfo() {
    }

    public UserInfo(String userId, String userName) {
        this.userId = Objects.requireNonNull(userId, "userId");
        this.userName = Objects.requireNonNull(userName, "userName");
    }

    public String getUserId() {
        return userId;
    }

    public String getUserName() {
        return userName;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserInfo other && Objects.equals(userId, other.userId)
                && Objects.equals(userName, other.userName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(userId, userName);
    }
}
