package org.assay.users.boundary;

/** A user together with the one-time activation secret just issued for it; the web tier turns it into a link. */
public record UserInvitation(UserRead user, String activationSecret) {
}
