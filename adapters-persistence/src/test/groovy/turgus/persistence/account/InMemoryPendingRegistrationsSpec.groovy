package turgus.persistence.account

import turgus.application.account.port.out.PendingRegistrationRepository
import turgus.application.testing.InMemoryPendingRegistrations

/** The application specs' fake keeps the same promises as the database. */
class InMemoryPendingRegistrationsSpec extends PendingRegistrationRepositoryContract {
    PendingRegistrationRepository pending = new InMemoryPendingRegistrations()
}
