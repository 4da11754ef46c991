package turgus.persistence.security

import turgus.application.security.port.out.SecretStore
import turgus.application.testing.InMemorySecretStore

/** The application specs' fake keeps the same promises as the database. */
class InMemorySecretStoreSpec extends SecretStoreContract {
    SecretStore store = new InMemorySecretStore()
}
