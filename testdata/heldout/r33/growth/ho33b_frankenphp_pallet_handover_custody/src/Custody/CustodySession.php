<?php

namespace App\Custody;

final class CustodySession
{
    public function __construct(
        public readonly HandoverScan $scan,
        public readonly float $openedAt,
    ) {
    }
}
