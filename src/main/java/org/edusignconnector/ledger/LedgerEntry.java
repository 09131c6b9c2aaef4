package org.edusignconnector.ledger;

import java.time.Instant;

import org.edusignconnector.ledger.ObjectKind;

/** One object this connector made (or adopted) on Edusign for a tenant. */
public record LedgerEntry(String tenant, ObjectKind kind, String sourceKey, String apiId, String edusignId,
                          String fingerprint, String sourceFingerprint, LedgerState state, Instant startsAt, String label, boolean adopted,
                          Instant updatedAt) {
}
