<?php

declare(strict_types=1);

namespace Warehouse\Scanning;

use Evenement\EventEmitter;

// One handheld's burst of scans: a location label followed by the items
// put away there. Listeners keep the running tally.
final class ScanSession
{
    private EventEmitter $events;
    private ?string $location = null;
    /** @var list<array{string, string, string}> */
    private array $putaways = [];
    private int $rejected = 0;

    public function __construct(
        public readonly string $deviceId,
        public readonly string $operator,
    ) {
        $this->events = new EventEmitter();
        $this->events->on('scan.location', $this->onLocation(...)); // leak
        $this->events->on('scan.item', $this->onItem(...)); // leak
    }

    public function events(): EventEmitter
    {
        return $this->events;
    }

    public function feed(Barcode $code): void
    {
        if ($code->isLocation()) {
            $this->events->emit('scan.location', [$code]);
        } elseif ($this->location === null) {
            $this->rejected++;
        } else {
            $this->events->emit('scan.item', [$code]);
        }
    }

    private function onLocation(Barcode $code): void
    {
        $this->location = $code->value;
    }

    private function onItem(Barcode $code): void
    {
        $this->putaways[] = [$this->location, $code->value, $code->symbology];
    }

    public function summary(): array
    {
        return [
            'device' => $this->deviceId,
            'operator' => $this->operator,
            'putaways' => count($this->putaways),
            'rejected' => $this->rejected,
            'last_location' => $this->location,
        ];
    }

    public function close(): void
    {
        $this->putaways = [];
    }
}
