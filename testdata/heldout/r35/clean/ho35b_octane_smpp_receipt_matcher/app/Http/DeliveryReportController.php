<?php

namespace App\Http;

use App\Facades\Pending;
use App\Sms\DeliveryReceipt;
use OctaneLite\Application;
use OctaneLite\Request;

final class DeliveryReportController
{
    private array $outcomes = ['DELIVRD' => 0, 'UNDELIV' => 0, 'EXPIRED' => 0, 'REJECTD' => 0];

    public function __construct(private Application $app)
    {
    }

    private function submitIdOf(string $connection, DeliveryReceipt $receipt): string
    {
        // Some SMSCs print the receipt id in decimal although submit_sm_resp gave it in hex.
        $format = $this->app->config("sms.connections.$connection.dlr_id_format", 'hex');
        return $format === 'dec' ? dechex((int) $receipt->id) : $receipt->id;
    }

    public function __invoke(Request $request): array
    {
        $receipt = DeliveryReceipt::parse((string) $request->input('short_message'));
        if (!$receipt->isFinal()) {
            return ['status' => 'ignored'];
        }

        $connection = (string) $request->input('connection');
        $submission = Pending::resolve($connection, $this->submitIdOf($connection, $receipt));
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
