<?php

namespace App\Http;

use App\Custody\CustodyTracker;
use App\Custody\DataLoggerVerifier;
use App\Custody\HandoverScan;
use App\Custody\LoggerStatus;
use App\Custody\LoggerTraceStore;

final class HandoverController
{
    public function __construct(
        private readonly CustodyTracker $tracker,
        private readonly DataLoggerVerifier $verifier,
        private readonly LoggerTraceStore $traces,
    ) {
    }

    /** @return array{int, array<string, mixed>} */
    public function __invoke(array $post, string $scannerId): array
    {
        $scan = HandoverScan::fromPost($post, $scannerId);
        $session = $this->tracker->begin($scan);

        try {
            $status = $this->verifier->verify($scan, $this->traces->find($scan->loggerSerial));

            if ($status === LoggerStatus::Pending) {
                return [202, ['sscc' => $scan->sscc, 'status' => 'awaiting_logger_upload', 'retry_after' => 30]];
            }

            if ($status === LoggerStatus::Excursion) {
                return [409, ['sscc' => $scan->sscc, 'status' => 'rejected_temperature_excursion']];
            }

            return [200, ['sscc' => $scan->sscc, 'status' => 'accepted', 'custodian' => $scan->toParty]];
        } finally {
            $this->tracker->end($session);
        }
    }
}
