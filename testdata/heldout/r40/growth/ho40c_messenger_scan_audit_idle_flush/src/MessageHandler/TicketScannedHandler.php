<?php

namespace App\MessageHandler;

use App\Audit\ScanAuditTrail;
use App\Message\TicketScanned;

final class TicketScannedHandler
{
    public function __construct(private ScanAuditTrail $audit, private array $gatesByZone)
    {
    }

    public function __invoke(TicketScanned $scan): void
    {
        $zone = 'unassigned';
        foreach ($this->gatesByZone as $candidate => $gates) {
            if (in_array($scan->gate, $gates, true)) {
                $zone = $candidate;
                break;
            }
        }

        $this->audit->record($this->auditRow($scan, $zone));
    }

    private function auditRow(TicketScanned $scan, string $zone): array
    {
        return [
            'barcode' => $scan->barcode,
            'zone' => $zone,
            'gate' => $scan->gate,
            'device' => $scan->deviceId,
            'steward' => $scan->stewardBadge,
            'scanned_at' => $scan->scannedAt->format(DATE_RFC3339_EXTENDED),
            'raw' => $scan->rawRead,
        ];
    }
}
