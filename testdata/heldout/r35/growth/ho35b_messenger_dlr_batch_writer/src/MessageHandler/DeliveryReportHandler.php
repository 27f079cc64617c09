<?php

namespace App\MessageHandler;

use App\Dlr\DeliveryReportBuffer;
use App\Message\DeliveryReportReceived;

final class DeliveryReportHandler
{
    private const STATUS_MAP = [
        'DELIVRD' => 'delivered',
        'UNDELIV' => 'undeliverable',
        'EXPIRED' => 'expired',
        'REJECTD' => 'rejected',
        'ACCEPTD' => 'accepted',
    ];

    public function __construct(private DeliveryReportBuffer $buffer)
    {
    }

    public function __invoke(DeliveryReportReceived $report): void
    {
        preg_match('/stat:(\w+) err:(\w+)/', $report->receipt, $m);
        preg_match('/done date:(\d{10})/', $report->receipt, $d);
        $this->buffer->add([
            'smsc_id' => $report->smscId,
            'message_id' => $report->messageId,
            'status' => self::STATUS_MAP[$m[1] ?? ''] ?? 'unknown',
            'error_code' => $m[2] ?? null,
            'done_at' => isset($d[1]) ? \DateTimeImmutable::createFromFormat('ymdHi', $d[1])->format('Y-m-d H:i:00') : null,
            'destination' => $report->destination,
            'raw' => $report->receipt,
        ]);
    }
}
