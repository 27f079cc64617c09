<?php

namespace App\Withdrawal;

final class WithdrawalLimitPolicy
{
    /** 24h withdrawal limit per KYC level, in BTC equivalent */
    private const DAILY_LIMIT_BTC = [1 => 2.0, 2 => 100.0];

    private const BTC_PRICE = ['BTC' => 1.0, 'ETH' => 0.0489, 'USDT' => 0.0000156];

    /** @var array<int, array{day: string, used: float}> */
    private array $usage = [];

    /** @param array<int, int> $kycLevels account id => KYC level, loaded at boot */
    public function __construct(private array $kycLevels)
    {
    }

    public function remaining(int $accountId, int $now): float
    {
        $day = gmdate('Y-m-d', $now);
        $used = ($this->usage[$accountId]['day'] ?? null) === $day ? $this->usage[$accountId]['used'] : 0.0;

        return self::DAILY_LIMIT_BTC[$this->kycLevels[$accountId] ?? 1] - $used;
    }

    public function allows(int $accountId, string $asset, string $amount, int $now): bool
    {
        return (float) $amount * self::BTC_PRICE[$asset] <= $this->remaining($accountId, $now);
    }

    public function record(int $accountId, string $asset, string $amount, int $now): void
    {
        $day = gmdate('Y-m-d', $now);
        $used = ($this->usage[$accountId]['day'] ?? null) === $day ? $this->usage[$accountId]['used'] : 0.0;
        $this->usage[$accountId] = ['day' => $day, 'used' => $used + (float) $amount * self::BTC_PRICE[$asset]];
    }
}
