<?php

namespace App\Warehouse;

final class PickList
{
    public const STATUS_OPEN = 'open';
    public const STATUS_COMPLETE = 'complete';
    public const STATUS_CANCELLED = 'cancelled';

    public string $status = self::STATUS_OPEN;

    /** @var list<PickLine> */
    public array $lines = [];

    public ?string $completedAt = null;

    public function __construct(
        public readonly string $id,
        public readonly string $orderNumber,
        public readonly string $picker,
    ) {
    }

    public function addLine(PickLine $line): void
    {
        $this->lines[] = $line;
    }

    public function hasShortLines(): bool
    {
        foreach ($this->lines as $line) {
            if ($line->isShort()) {
                return true;
            }
        }

        return false;
    }
}
