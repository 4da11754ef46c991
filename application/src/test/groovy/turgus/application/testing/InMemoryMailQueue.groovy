package turgus.application.testing

import java.time.Instant
import turgus.application.mail.port.out.MailMessage
import turgus.application.mail.port.out.MailQueue
import turgus.application.mail.port.out.QueuedMail
import turgus.application.mail.port.out.TestMailRecord

/** The mail queue in a list, with the same rules of due-ness and claims as the database's. */
class InMemoryMailQueue implements MailQueue, RollsBack {
    static class Entry {
        long id
        MailMessage message
        int attempts
        Instant createdAt
        Instant nextAttemptAt
        Instant claimedUntil
        Instant sentAt
        Instant failedAt
        String lastError
        boolean testMail

        Entry copy() {
            new Entry(id: id, message: message, attempts: attempts, createdAt: createdAt, nextAttemptAt: nextAttemptAt,
                    claimedUntil: claimedUntil, sentAt: sentAt, failedAt: failedAt, lastError: lastError)
        }

        boolean dueAt(Instant now) {
            sentAt == null && failedAt == null && !nextAttemptAt.isAfter(now) &&
                    (claimedUntil == null || !claimedUntil.isAfter(now))
        }
    }

    final List<Entry> entries = []
    private long lastId

    @Override
    synchronized void enqueue(MailMessage message, Instant now) {
        entries << new Entry(id: ++lastId, message: message, createdAt: now, nextAttemptAt: now)
    }

    @Override
    synchronized long enqueueTestMail(MailMessage message, Instant now) {
        entries << new Entry(id: ++lastId, message: message, createdAt: now, nextAttemptAt: now, testMail: true)
        lastId
    }

    @Override
    synchronized Optional<TestMailRecord> findTestMail(long id) {
        Optional.ofNullable(entries.find { it.id == id && it.testMail })
                .map { new TestMailRecord(it.id, it.message.to(), it.sentAt != null, it.failedAt != null, it.lastError) }
    }

    @Override
    synchronized List<QueuedMail> claimDue(Instant now, Instant claimedUntil, int limit) {
        entries.findAll { it.dueAt(now) }
                .sort { a, b -> a.nextAttemptAt <=> b.nextAttemptAt ?: a.id <=> b.id }
                .take(limit)
                .collect { entry ->
                    entry.claimedUntil = claimedUntil
                    new QueuedMail(entry.id, entry.message, entry.attempts, entry.createdAt)
                }
    }

    @Override
    synchronized void markSent(long id, Instant sentAt) {
        Entry entry = byId(id)
        entry.attempts++
        entry.sentAt = sentAt
        entry.claimedUntil = null
    }

    @Override
    synchronized void recordFailedAttempt(long id, String error, Instant nextAttemptAt) {
        Entry entry = byId(id)
        entry.attempts++
        entry.lastError = error
        entry.nextAttemptAt = nextAttemptAt
        entry.claimedUntil = null
    }

    @Override
    synchronized void giveUp(long id, String error, Instant failedAt) {
        Entry entry = byId(id)
        entry.attempts++
        entry.lastError = error
        entry.failedAt = failedAt
        entry.claimedUntil = null
    }

    @Override
    synchronized int purgeFinishedBefore(Instant cutoff) {
        int before = entries.size()
        entries.removeIf { (it.sentAt != null && it.sentAt.isBefore(cutoff)) || (it.failedAt != null && it.failedAt.isBefore(cutoff)) }
        before - entries.size()
    }

    synchronized Entry byId(long id) {
        entries.find { it.id == id } ?: { throw new IllegalArgumentException("no mail ${id}") }()
    }

    synchronized Entry only() {
        assert entries.size() == 1
        entries[0]
    }

    @Override
    synchronized Runnable checkpoint() {
        List<Entry> saved = entries.collect { it.copy() }
        return {
            synchronized (this) {
                entries.clear()
                entries.addAll(saved)
            }
        }
    }
}
