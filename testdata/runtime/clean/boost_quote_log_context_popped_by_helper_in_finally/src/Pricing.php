<?php

namespace App\Pricing;

use Monolog\Logger;
use Monolog\Registry;

trait LogsWithQuoteContext
{
    protected function log(): Logger
    {
        return Registry::getInstance(static::LOG_CHANNEL);
    }

    protected function enterQuoteContext(array $quote): void
    {
        $this->log()->pushProcessor(static function (array $record) use ($quote): array {
            $record['extra'] += ['quote' => $quote['id'], 'plan' => $quote['plan'], 'notes' => $quote['notes']];
            return $record;
        });
    }

    protected function leaveQuoteContext(): void
    {
        $this->log()->popProcessor();
    }
}

final class BoostPricer
{
    use LogsWithQuoteContext;

    private const LOG_CHANNEL = 'pricing';

    public function price(array $quote): int
    {
        $this->enterQuoteContext($quote);
        try {
            if ($quote['plan'] === 'free') {
                return 0;
            }
            $this->log()->info('priced');

            return 499;
        } finally {
            $this->leaveQuoteContext();
        }
    }
}
