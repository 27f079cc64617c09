<?php

declare(strict_types=1);

namespace App\Pacing;

final class PacingRegistry
{
    /** @var array<string, SpendWindow> */
    private array $windows = [];

    /** @param array<string, int> $budgets daily budget per campaign, from config */
    public function __construct(array $budgets)
    {
        foreach ($budgets as $campaignId => $budget) {
            $this->windows[$campaignId] = new SpendWindow($campaignId, $budget);
        }
    }

    public function window(string $campaignId): ?SpendWindow
    {
        return $this->windows[$campaignId] ?? null;
    }
}
