<?php

declare(strict_types=1);

namespace Warehouse\Scanning;

final class Barcode
{
    private function __construct(
        public readonly string $symbology,
        public readonly string $value,
    ) {
    }

    public static function parse(string $raw): self
    {
        $raw = trim($raw);
        if (str_starts_with($raw, ']C1')) {
            return new self('GS1-128', substr($raw, 3));
        }
        return new self(strlen($raw) === 13 ? 'EAN-13' : 'CODE-128', $raw);
    }

    public function isLocation(): bool
    {
        return str_starts_with($this->value, 'LOC-');
    }
}
