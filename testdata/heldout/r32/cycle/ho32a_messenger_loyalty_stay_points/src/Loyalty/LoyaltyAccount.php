<?php

namespace App\Loyalty;

final class LoyaltyAccount
{
    use RaisesAccountEvents;

    private const TIERS = ['member' => 0, 'silver' => 10_000, 'gold' => 40_000, 'platinum' => 100_000];

    /** @var list<array{template: string, body: string}> */
    public array $pendingLetters = [];
    /** @var list<string> */
    public array $ledger = [];

    public function __construct(
        public readonly string $memberNumber,
        public readonly string $guestName,
        private int $points,
        private string $tier,
    ) {
        $this->on('tier.changed', $this->tierLetterListener()); // leak
    }

    public function points(): int
    {
        return $this->points;
    }

    public function tier(): string
    {
        return $this->tier;
    }

    public function credit(int $points, string $reason): void
    {
        $this->points += $points;
        $this->ledger[] = sprintf('%+d %s', $points, $reason);
        $newTier = $this->tierFor($this->points);
        if ($newTier !== $this->tier) {
            $old = $this->tier;
            $this->tier = $newTier;
            $this->raise('tier.changed', $old, $newTier);
        }
    }

    private function tierFor(int $points): string
    {
        $tier = 'member';
        foreach (self::TIERS as $name => $threshold) {
            if ($points >= $threshold) {
                $tier = $name;
            }
        }
        return $tier;
    }

    private function tierLetterListener(): \Closure
    {
        return function (self $account, string $from, string $to): void { // leak
            $account->pendingLetters[] = [
                'template' => "loyalty/tier-$to",
                'body' => sprintf('Dear %s, your status moved from %s to %s.', $account->guestName, ucfirst($from), ucfirst($to)),
            ];
        };
    }
}
