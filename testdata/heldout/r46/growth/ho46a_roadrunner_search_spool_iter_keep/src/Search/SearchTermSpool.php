<?php

namespace App\Search;

/**
 * Search terms recorded since the trending reporter last ran. The list is
 * handed in by SpoolFactory, which decides how reading it behaves.
 *
 * @implements \IteratorAggregate<int, SearchTerm>
 */
final class SearchTermSpool implements \IteratorAggregate
{
    public function __construct(private \SplDoublyLinkedList $terms)
    {
    }

    public function record(SearchTerm $term): void
    {
        $this->terms->push($term); // leak
    }

    public function getIterator(): \Iterator
    {
        return $this->terms;
    }
}
