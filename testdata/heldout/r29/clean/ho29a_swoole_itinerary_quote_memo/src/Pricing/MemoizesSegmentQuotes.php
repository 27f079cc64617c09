<?php

namespace Trip\Pricing;

use Closure;
use Trip\Itinerary\Segment;

/**
 * The same segment is priced several times while a trip page renders
 * (summary, per-traveller split, cancellation terms): remember the quote.
 */
trait MemoizesSegmentQuotes
{
    /** @var array<int, QuoteMemo> */
    private static array $segmentQuotes = [];

    protected function rememberQuote(Segment $segment, Closure $compute): Quote
    {
        $slot = spl_object_id($segment);
        $memo = self::$segmentQuotes[$slot] ?? null;
        if ($memo !== null && $memo->isFor($segment)) {
            return $memo->quote;
        }
        $quote = $compute($segment);
        self::$segmentQuotes[$slot] = $this->memoFor($segment, $quote);

        return $quote;
    }

    private function memoFor(Segment $segment, Quote $quote): QuoteMemo
    {
        return new QuoteMemo($segment->fingerprint(), $quote);
    }
}
