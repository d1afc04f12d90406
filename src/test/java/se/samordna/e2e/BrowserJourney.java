package se.samordna.e2e;

import se.samordna.IntegrationTest;

/**
 * One user path through the pages, in a real browser, written as its steps. Shares the
 * application context (and database) with every other integration test, so a journey
 * builds its own people and SIPs; what a single page does is proven with MockMvc.
 */
@IntegrationTest
abstract class BrowserJourney extends Browser {

}
