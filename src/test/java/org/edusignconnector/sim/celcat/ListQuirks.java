package org.edusignconnector.sim.celcat;

/**
 * How a timetable answers its lists. Strict by default (the reference's paging, rooms named in
 * each event); each quirk is one a real Celcat set-up may have, switched on by a test.
 */
public final class ListQuirks {

    private volatile int pageCap = Integer.MAX_VALUE;
    private volatile boolean ignoresPage;
    private volatile boolean roomsByIdOnly;

    /**
     * At most {@code cap} rows a page whatever {@code pageSize} was asked, without saying so: the
     * {@code Pagination} header counts the pages as if the asked size had been served.
     */
    public void capPages(int cap) {
        pageCap = cap;
    }

    /** The first page is answered whatever {@code page} was asked: a list that does not page. */
    public void ignorePage() {
        ignoresPage = true;
    }

    /** Events name their rooms by id only ({@code {"id": 12}}); the name is in {@code /Rooms}. */
    public void roomsByIdOnly() {
        roomsByIdOnly = true;
    }

    int servedSize(int asked) {
        return Math.min(asked, pageCap);
    }

    int servedPage(int asked) {
        return ignoresPage ? 0 : asked;
    }

    boolean namesRooms() {
        return !roomsByIdOnly;
    }
}
