package org.edusignconnector.ledger;

/**
 * PENDING: the intent to create was recorded before the POST; resolved through get-id on the next run.
 * SYNCED: Edusign holds the object with {@code fingerprint}. DELETING: intent recorded before the DELETE.
 * DELETED: gone from Edusign; kept so that "why is this course not on Edusign?" has an answer.
 */
public enum LedgerState { PENDING, SYNCED, DELETING, DELETED }
