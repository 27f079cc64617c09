<?php

namespace App\Entity;

final class Deposit
{
    public const STATUS_PENDING = 'pending';
    public const STATUS_CREDITED = 'credited';

    private string $status = self::STATUS_PENDING;
    private ?string $creditedAt = null;

    public function __construct(
        private string $id,
        private int $accountId,
        private string $chain,
        private string $txHash,
        private string $address,
        private string $asset,
        private string $amount,
        private int $confirmations,
    ) {
    }

    public function id(): string
    {
        return $this->id;
    }

    public function accountId(): int
    {
        return $this->accountId;
    }

    public function chain(): string
    {
        return $this->chain;
    }

    public function txHash(): string
    {
        return $this->txHash;
    }

    public function asset(): string
    {
        return $this->asset;
    }

    public function amount(): string
    {
        return $this->amount;
    }

    public function confirmations(): int
    {
        return $this->confirmations;
    }

    public function markCredited(string $at): void
    {
        $this->status = self::STATUS_CREDITED;
        $this->creditedAt = $at;
    }

    public function status(): string
    {
        return $this->status;
    }
}
