<?php

namespace Csms\Ocpp;

use Csms\Billing\TariffLedger;

final class StopTransactionHandler
{
    public function __construct(private readonly TariffLedger $ledger)
    {
    }

    /** @return array callResult payload */
    public function handle(string $chargePointId, array $payload): array
    {
        $session = new ChargingSession($chargePointId, (int) ($payload['connectorId'] ?? 1), (int) $payload['transactionId'], (string) $payload['idTag']);
        foreach ($payload['transactionData'] ?? [] as $meterValue) {
            $session->receive('MeterValues', $meterValue);
        }
        $session->receive('StopTransaction', $payload);

        $this->ledger->book($session->close());

        return ['idTagInfo' => ['status' => 'Accepted']];
    }
}
