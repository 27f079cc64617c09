<?php

declare(strict_types=1);

namespace App\Pacing;

final class PacingService
{
    /** @var array<string, list<\Closure(SpendSample): void>> */
    private array $hooks = [];

    /** @var array<string, float> throttle factor per campaign, read by the bidders */
    private array $throttle = [];

    /** @param list<\Closure(SpendSample): void> $globalHooks */
    public function __construct(private readonly PacingRegistry $registry, private readonly array $globalHooks = [])
    {
    }

    public function record(string $campaignId, SpendSample $sample): void
    {
        $window = $this->registry->window($campaignId);
        if ($window === null) {
            return; // not paced (archived or house campaign)
        }

        foreach ($this->hooksFor($window) as $hook) {
            $hook($sample);
        }

        $allowedPerSecond = $window->dailyBudgetMicros / 86400;
        $this->throttle[$campaignId] = min(1.0, $allowedPerSecond / max(1.0, $window->spendPerSecond()));
    }

    /** @return list<\Closure(SpendSample): void> */
    private function hooksFor(SpendWindow $window): array
    {
        return $this->hooks[$window->campaignId] ??= array_merge($this->globalHooks, [$window->recorder()]);
    }
}
