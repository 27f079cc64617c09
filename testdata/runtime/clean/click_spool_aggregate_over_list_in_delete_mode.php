<?php
// An ad click collector in a worker loop. Clicks go into a spool, an
// IteratorAggregate over an SplDoublyLinkedList the factory sets to
// delete mode; the batcher iterates the spool after every request, and
// iterating a list in delete mode takes each click out as it goes.

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
        $this->clicks->push($click);
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
        $list->setIteratorMode(SplDoublyLinkedList::IT_MODE_FIFO | SplDoublyLinkedList::IT_MODE_DELETE);

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
