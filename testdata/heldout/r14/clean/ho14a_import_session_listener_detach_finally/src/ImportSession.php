<?php

declare(strict_types=1);

namespace App\Import;

use Vendor\EventDispatcher\EventDispatcher;

final class ImportSession
{
    private readonly EventDispatcher $events;
    private int $imported = 0;
    /** @var list<string> */
    private array $rejections = [];
    /** @var list<array<string, string>> */
    private array $accepted = [];

    public function __construct(public readonly string $batchId)
    {
        $this->events = new EventDispatcher();
    }

    public function begin(): void
    {
        $this->events->addListener(RowImported::class, [$this, 'onRowImported']);
        $this->events->addListener(RowRejected::class, [$this, 'onRowRejected']);
    }

    public function process(int $line, array $row): void
    {
        if (!filter_var($row['email'] ?? '', FILTER_VALIDATE_EMAIL)) {
            $this->events->dispatch(new RowRejected($line, $row, 'invalid email'));
            return;
        }
        $this->events->dispatch(new RowImported($line, $row));
    }

    public function end(): array
    {
        $this->events->removeSubscriber($this);

        return ['batch' => $this->batchId, 'imported' => $this->imported, 'rejected' => count($this->rejections)];
    }

    public function rejectionRate(): float
    {
        $total = $this->imported + count($this->rejections);

        return $total === 0 ? 0.0 : count($this->rejections) / $total;
    }

    public function onRowImported(RowImported $event): void
    {
        $this->imported++;
        $this->accepted[] = $event->row;
    }

    public function onRowRejected(RowRejected $event): void
    {
        $this->rejections[] = sprintf('line %d: %s (%s)', $event->line, $event->reason, json_encode($event->row));
    }
}
