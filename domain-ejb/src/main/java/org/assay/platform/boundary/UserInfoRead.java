package org.assay.platform.boundary;

import org.assay.platform.entity.UserInfo;

/** {@code ApiUserInfoRead}: the {@code {userId, userName}} of an audit stamp. */
public record UserInfoRead(String userId, String userName) {

    public static UserInfoRead of(UserInfo info) {
        return info == null ? null : new UserInfoRead(info.getUserId(), info.getUserName());
    }
}
