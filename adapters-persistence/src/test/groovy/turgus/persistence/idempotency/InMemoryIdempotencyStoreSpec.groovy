package turgus.persistence.idempotency

import turgus.application.idempotency.port.out.IdempotencyStore
import turgus.application.testing.InMemoryIdempotencyStore

/** The application specs' fake keeps the same promises as the database. */
class InMemoryIdempotencyStoreSpec extends IdempotencyStoreContract {
    IdempotencyStore store = new InMemoryIdempotencyStore()
}
