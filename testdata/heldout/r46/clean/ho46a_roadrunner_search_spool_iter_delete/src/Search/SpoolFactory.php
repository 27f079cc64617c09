<?php

namespace App\Search;

final class SpoolFactory
{
    public static function searchTerms(): SearchTermSpool
    {
        $list = new \SplDoublyLinkedList();
        // Oldest first; the reporter reads each term once.
        $list->setIteratorMode(\SplDoublyLinkedList::IT_MODE_FIFO | \SplDoublyLinkedList::IT_MODE_DELETE);

        return new SearchTermSpool($list);
    }
}
