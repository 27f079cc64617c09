<?php

declare(strict_types=1);

namespace App\Ocr;

/**
 * Pages waiting for recognition. Shared by every task the worker handles so
 * that multi-document uploads can be split once and recognised page by page.
 */
final class PageQueue implements \IteratorAggregate, \Countable
{
    private \SplQueue $pages;

    public function __construct()
    {
        $this->pages = new \SplQueue();
        $this->pages->setIteratorMode(\SplDoublyLinkedList::IT_MODE_FIFO | \SplDoublyLinkedList::IT_MODE_KEEP);
    }

    public function push(PageImage $page): void
    {
        $this->pages->enqueue($page); // leak
    }

    public function getIterator(): \Iterator
    {
        return $this->pages;
    }

    public function count(): int
    {
        return $this->pages->count();
    }
}
