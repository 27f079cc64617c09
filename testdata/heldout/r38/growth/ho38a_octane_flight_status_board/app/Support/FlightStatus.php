<?php

namespace App\Support;

final class FlightStatus
{
    /** @param list<string> $codeshares */
    public function __construct(
        public readonly string $flight,
        public readonly string $destination,
        public readonly string $terminal,
        public readonly string $gate,
        public readonly string $status,
        public readonly string $remark,
        public readonly array $codeshares,
        public readonly string $offBlock,
        public readonly int $fetchedAt,
        public readonly string $sourceMessage,
    ) {
    }

    public function toArray(): array
    {
        return [
            'flight' => $this->flight,
            'destination' => $this->destination,
            'terminal' => $this->terminal,
            'gate' => $this->gate,
            'status' => $this->status,
            'remark' => $this->remark,
            'codeshares' => $this->codeshares,
            'off_block' => $this->offBlock,
        ];
    }
}
