<?php

namespace App\Import;

use Psr\EventDispatcher\EventDispatcherInterface;

final class ImportContext
{
    /** @var list<int> */
    public array $trail = [];

    public function __construct(public readonly string $batchId, public readonly string $source) {}
}

final class RowImported
{
    public function __construct(
        public readonly ImportContext $context,
        public readonly int $rowNumber,
        public readonly array $row,
    ) {}
}

final class ImportTrailListener
{
    public function __invoke(RowImported $event): void
    {
        $event->context->trail[] = $event->rowNumber;
    }
}

final class ImportRowHandler
{
    public int $imported = 0;

    public function __construct(private EventDispatcherInterface $events) {}

    public function __invoke(string $batchId, int $rowNumber, string $line): void
    {
        $context = new ImportContext($batchId, 'products.csv');
        $row = array_combine(['sku', 'name', 'description', 'price'], str_getcsv($line));
        $this->events->dispatch(new RowImported($context, $rowNumber, $row));
        $this->imported++;
    }
}
