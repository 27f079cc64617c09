<?php

namespace App\Http;

use App\Facades\Pending;
use App\Sms\DeliveryReceipt;
use OctaneLite\Request;

final class DeliveryReportController
{
    private array $outcomes = ['DELIVRD' => 0, 'UNDELIV' => 0, 'EXPIRED' => 0, 'REJECTD' => 0];

    public function __invoke(Request $request): array
    {
        $receipt = DeliveryReceipt::parse((string) $request->input('short_message'));
        if (!$receipt->isFinal()) {
            return ['status' => 'ignored'];
        }

        $submission = Pending::resolve((string) $request->input('connection'), $receipt->id);
        if ($submission === null) {
            return ['status' => 'unknown_message'];
        }

        if (isset($this->outcomes[$receipt->stat])) {
            $this->outcomes[$receipt->stat]++;
        }

        return [
            'status' => 'ok',
            'client_ref' => $submission->clientRef,
            'delivered' => $receipt->stat === 'DELIVRD',
        ];
    }
}
