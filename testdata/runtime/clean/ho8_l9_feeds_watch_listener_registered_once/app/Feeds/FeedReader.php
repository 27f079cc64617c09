<?php

namespace App\Feeds;

final class FeedItem
{
    public ?int $indexedAt = null;
    public function __construct(public readonly string $guid, public readonly string $title, public readonly string $summary) {}
}

final class ItemIndexed
{
    public function __construct(public readonly string $guid, public readonly int $at) {}
}

final class FeedReader
{
    private int $polled = 0;

    public function next(): FeedItem
    {
        $this->polled++;
        return new FeedItem("urn:partner:{$this->polled}", "Partner news #{$this->polled}", str_repeat('Lorem ipsum dolor sit amet. ', 12));
    }
}
