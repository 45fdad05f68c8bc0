package dev.banksync.api.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Per-user isolation: a token may read only its own subject's data. */
public final class UserAccess {

    private UserAccess() {
    }

    /** Throws 403 unless the request's token belongs to {@code userId}. */
    public static void requireSelf(String userId) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !userId.equals(auth.getName())) {
            throw new AccessDeniedException("this token may not read user " + userId);
        }
    }
}
