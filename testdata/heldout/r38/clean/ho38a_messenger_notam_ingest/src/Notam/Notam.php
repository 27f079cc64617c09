<?php

namespace App\Notam;

final class Notam
{
    public function __construct(
        public readonly string $id,
        public readonly string $type,
        public readonly ?string $replaces,
        public readonly string $fir,
        public readonly string $qCode,
        public readonly string $location,
        public readonly string $validFrom,
        public readonly string $validTo,
        public readonly string $text,
        public readonly string $raw,
    ) {
    }

    public function subject(): string
    {
        return substr($this->qCode, 1, 2);
    }
}
