<?php

namespace App\Telematics;

final class AvlHeader
{
    public function __construct(
        public readonly string $imei,
        public readonly string $model,
        public readonly int $codecId,
        public readonly int $recordCount,
    ) {
    }

    public static function fromPacket(array $packet): self
    {
        return new self((string) $packet['imei'], (string) $packet['model'], (int) $packet['codec'], count($packet['records']));
    }
}
