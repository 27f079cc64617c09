<?php

namespace App\Returns;

final class ReturnParcelReceived
{
    public function __construct(
        public readonly string $rmaNumber,
        public readonly string $trackingNumber,
        public readonly string $dock,
        public readonly array $items,
        public readonly string $customerNote,
    ) {
    }
}
