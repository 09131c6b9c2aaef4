package org.edusignconnector.fca;

/** A justified FCA Manager absence reason ({@code /motifs-absence} with {@code justifie: true}). */
public record AbsenceReason(String id, String code, String label) {
}
