<?php
// An ad click collector in a worker loop. Clicks go into a spool, an
// IteratorAggregate over an SplDoublyLinkedList the factory sets to
// keep mode; the batcher iterates the spool after every request, but
// iterating a list in keep mode takes nothing out: every click stays.

final class Click
{
    public function __construct(public readonly string $ad, public readonly string $referrer)
    {
    }
}

/** @implements IteratorAggregate<int, Click> */
final class ClickSpool implements IteratorAggregate
{
    public function __construct(private SplDoublyLinkedList $clicks)
    {
    }

    public function add(Click $click): void
    {
        $this->clicks->push($click); // leak
    }

    public function getIterator(): Iterator
    {
        return $this->clicks;
    }
}

final class SpoolFactory
{
    public static function make(): ClickSpool
    {
        $list = new SplDoublyLinkedList();
        $list->setIteratorMode(SplDoublyLinkedList::IT_MODE_FIFO | SplDoublyLinkedList::IT_MODE_KEEP);

        return new ClickSpool($list);
    }
}

final class Batcher
{
    public int $sent = 0;

    public function __construct(private ClickSpool $spool)
    {
    }

    public function send(): void
    {
        foreach ($this->spool as $click) {
            $this->sent++;
        }
    }
}

$spool = SpoolFactory::make();
$batcher = new Batcher($spool);
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $spool->add(new Click('ad-' . ($i % 50), 'https://news.example/' . str_repeat('p', 600) . $i));
    $batcher->send();
}
