<?php

namespace App\Returns;

final class ReturnAuthorization
{
    public ?Disposition $disposition = null;

    /** @var list<string> */
    public array $history = [];

    public function __construct(
        public readonly string $number,
        public readonly string $trackingNumber,
        public readonly array $items,
        public readonly string $customerNote,
    ) {
    }

    public function record(string $entry): void
    {
        $this->history[] = $entry;
    }
}
