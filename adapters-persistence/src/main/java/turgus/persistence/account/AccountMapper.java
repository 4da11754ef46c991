package turgus.persistence.account;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import turgus.domain.account.Account;
import turgus.domain.account.AccountStatus;
import turgus.domain.account.Email;
import turgus.domain.account.FullName;
import turgus.domain.account.PhoneNumber;
import turgus.domain.account.Role;
import turgus.domain.account.UserId;
import turgus.persistence.shared.DatabaseTime;

/** Accounts to rows and back. */
final class AccountMapper {
    private AccountMapper() {}

    static UserRow toRow(Account account) {
        return new UserRow(
                account.optionalId().map(UserId::value).orElse(null),
                account.fullName().value(),
                account.email().value(),
                account.phone().value(),
                account.passwordHash(),
                account.status().name(),
                account.pictureName(),
                DatabaseTime.of(account.createdAt()),
                DatabaseTime.of(account.lastLoginAt()));
    }

    static Account toAccount(UserRow row, Collection<String> roles) {
        Set<Role> held = EnumSet.noneOf(Role.class);
        roles.forEach(role -> held.add(Role.valueOf(role)));
        return new Account(
                UserId.of(row.id()),
                new FullName(row.fullName()),
                Email.of(row.email()),
                new PhoneNumber(row.phone()),
                row.passwordHash(),
                held,
                AccountStatus.valueOf(row.status()),
                row.pictureName(),
                row.createdAt(),
                row.lastLoginAt());
    }
}
