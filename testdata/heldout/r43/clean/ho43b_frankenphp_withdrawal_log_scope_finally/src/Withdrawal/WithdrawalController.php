<?php

namespace App\Withdrawal;

use App\Logging\RequestLogContext;
use Monolog\Logger;

final class WithdrawalController
{
    private const NETWORKS = ['BTC' => ['bitcoin'], 'ETH' => ['ethereum'], 'USDT' => ['ethereum', 'tron']];

    public function __construct(private WithdrawalLimitPolicy $limits, private Logger $logger)
    {
    }

    /** POST /api/v1/withdrawals */
    public function create(array $input, array $server): array
    {
        $accountId = (int) ($server['HTTP_X_ACCOUNT_ID'] ?? 0);
        $asset = strtoupper((string) ($input['asset'] ?? ''));
        $network = (string) ($input['network'] ?? '');
        if (!in_array($network, self::NETWORKS[$asset] ?? [], true)) {
            return [400, ['error' => 'unsupported_network']];
        }

        RequestLogContext::current()->push([
            'request_id' => $server['HTTP_X_REQUEST_ID'] ?? '',
            'account_id' => $accountId,
            'asset' => $asset,
            'network' => $network,
            'address' => (string) $input['address'],
            'amount' => (string) $input['amount'],
            'client_ip' => $server['REMOTE_ADDR'] ?? '',
        ]);

        try {
            $now = (int) $server['REQUEST_TIME'];
            if (!$this->limits->allows($accountId, $asset, (string) $input['amount'], $now)) {
                $this->logger->warning('withdrawal.limit_exceeded', [
                    'remaining_btc' => round($this->limits->remaining($accountId, $now), 8),
                ]);

                return [422, ['error' => 'daily_limit_exceeded']];
            }

            $this->limits->record($accountId, $asset, (string) $input['amount'], $now);
            $this->logger->info('withdrawal.queued');

            return [202, ['status' => 'queued']];
        } finally {
            RequestLogContext::current()->pop();
        }
    }
}
