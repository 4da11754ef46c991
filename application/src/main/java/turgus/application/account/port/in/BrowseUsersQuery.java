package turgus.application.account.port.in;

import turgus.application.account.port.out.UserOverview;
import turgus.application.shared.Page;
import turgus.application.shared.PageRequest;
import turgus.domain.account.UserId;

/** The admins' user list and an account's admin page. Deleted accounts are neither listed nor shown. */
public interface BrowseUsersQuery {
    Page<UserOverview> browse(UserSearch search, PageRequest page);

    /** @throws turgus.application.shared.NotFoundException for an unknown or deleted account */
    UserDetail show(UserId id);
}
