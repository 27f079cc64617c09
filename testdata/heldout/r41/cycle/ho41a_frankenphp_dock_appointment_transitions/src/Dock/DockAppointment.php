<?php

namespace App\Dock;

final class DockAppointment
{
    public const SCHEDULED = 'scheduled';
    public const ARRIVED = 'arrived';
    public const UNLOADING = 'unloading';
    public const DEPARTED = 'departed';

    public string $state = self::SCHEDULED;

    /** @var array<string, int> */
    public array $timestamps = [];

    /** @var array<string, \Closure> */
    private array $transitions;

    public function __construct(
        public readonly int $door,
        public readonly string $carrier,
        public readonly string $trailer,
        public readonly string $purchaseOrder,
        public readonly int $pallets,
        public readonly int $slotStart,
        public readonly string $driverNote,
    ) {
        $this->transitions = [
            'arrive' => $this->markArrived(...), // leak
            'unload' => $this->startUnloading(...), // leak
            'depart' => $this->markDeparted(...), // leak
        ];
    }

    public function apply(string $transition, int $at): void
    {
        if (!isset($this->transitions[$transition])) {
            throw new \DomainException("Unknown transition {$transition}");
        }
        ($this->transitions[$transition])($at);
    }

    private function markArrived(int $at): void
    {
        $this->state = self::ARRIVED;
        $this->timestamps[self::ARRIVED] = $at;
    }

    private function startUnloading(int $at): void
    {
        $this->state = self::UNLOADING;
        $this->timestamps[self::UNLOADING] = $at;
    }

    private function markDeparted(int $at): void
    {
        $this->state = self::DEPARTED;
        $this->timestamps[self::DEPARTED] = $at;
    }
}
