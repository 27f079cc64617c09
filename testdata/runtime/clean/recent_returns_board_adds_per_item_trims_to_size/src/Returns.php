<?php

namespace App;

final class ReturnedItem
{
    public function __construct(public readonly int $seq, public readonly string $barcode, public readonly string $title)
    {
    }
}

final class ReturnsBoard
{
    private \SplMinHeap $heap;

    public function __construct(private int $size)
    {
        $this->heap = new \SplMinHeap();
    }

    public function add(ReturnedItem $item): void
    {
        $this->heap->insert([$item->seq, $item]);
    }

    public function trim(): void
    {
        while ($this->heap->count() > $this->size) {
            $this->heap->extract();
        }
    }
}

final class ReturnsController
{
    private int $seq = 0;

    public function __construct(private ReturnsBoard $board)
    {
    }

    /** @param array{items: list<array{barcode: string, title: string}>} $request */
    public function __invoke(array $request): string
    {
        $items = $request['items'];
        foreach ($items as $row) {
            $this->board->add(new ReturnedItem(++$this->seq, $row['barcode'], $row['title']));
        }
        $this->board->trim();

        return 'ok';
    }
}
