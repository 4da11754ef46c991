package turgus.persistence.mail

import turgus.application.mail.port.out.MailQueue
import turgus.application.shared.Transactions
import turgus.application.testing.DirectTransactions
import turgus.application.testing.InMemoryMailQueue

/** The application specs' fake keeps the same promises as the database. */
class InMemoryMailQueueSpec extends MailQueueContract {
    InMemoryMailQueue mails = new InMemoryMailQueue()
    Transactions transactions = new DirectTransactions(mails)

    MailQueue getQueue() {
        mails
    }
}
