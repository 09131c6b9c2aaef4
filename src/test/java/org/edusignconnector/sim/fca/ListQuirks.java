package org.edusignconnector.sim.fca;

/**
 * How the simulator answers its lists (séances, registrations, absence reasons). Strict by
 * default: the contract's paged object, honest pages. Each quirk is one an FCA Manager behind a
 * different set-up may have, switched on by a test.
 */
public final class ListQuirks {

    private volatile boolean bareArrays;
    private volatile int pageCap = Integer.MAX_VALUE;
    private volatile boolean ignoresPage;

    /** Every list is answered as a bare JSON array of all its items, without paging. */
    public void answerBareArrays() {
        bareArrays = true;
    }

    /**
     * At most {@code cap} items a page whatever {@code size} was asked, without saying so: the
     * page's {@code totalPages} is counted as if the asked size had been served.
     */
    public void capPages(int cap) {
        pageCap = cap;
    }

    /** The first page is answered whatever {@code page} was asked: a list that does not page. */
    public void ignorePage() {
        ignoresPage = true;
    }

    boolean bareArrays() {
        return bareArrays;
    }

    int servedSize(int asked) {
        return Math.min(asked, pageCap);
    }

    int servedPage(int asked) {
        return ignoresPage ? 0 : asked;
    }
}
