<?php

namespace App\Jobs;

use App\Audit\ScanAuditBuffer;
use App\Tickets\ScanRecord;
use App\Tickets\TicketLedger;
use Illuminate\Queue\ShouldQueue;

final class ProcessTicketScan implements ShouldQueue
{
    public function __construct(
        public string $barcode,
        public string $eventCode,
        public string $gate,
        public string $deviceId,
        public int $scannedAt,
        public int $sequence,
        public string $holderName,
        public string $rawPayload,
    ) {
    }

    public function handle(TicketLedger $ledger, ScanAuditBuffer $audit): void
    {
        $result = $ledger->resultFor($this->barcode, $this->sequence);

        $audit->record(new ScanRecord(
            $this->barcode,
            $this->eventCode,
            $this->gate,
            $this->deviceId,
            $result,
            $this->scannedAt,
            $this->holderName,
            $this->rawPayload,
        ));
    }
}
