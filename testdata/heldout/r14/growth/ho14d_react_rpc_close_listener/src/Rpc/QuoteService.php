<?php

namespace App\Rpc;

use React\EventLoop\Loop;
use React\Promise\Deferred;
use React\Promise\Promise;

/**
 * Prices a basket against the rate tables. The work is deferred to the next
 * loop tick, as the real service awaits the rates database.
 */
final class QuoteService
{
    public function __construct(private readonly array $rates)
    {
    }

    public function quote(array $params): array
    {
        $cancelled = false;
        $deferred = new Deferred(static function () use (&$cancelled): void {
            $cancelled = true;
        });

        Loop::futureTick(function () use ($deferred, $params, &$cancelled): void {
            if ($cancelled) {
                return;
            }
            if (!isset($this->rates[$params['zone']])) {
                $deferred->reject(new \DomainException('Unknown zone ' . $params['zone']));

                return;
            }

            $lines = [];
            foreach ($params['items'] as $item) {
                $lines[] = [
                    'sku' => $item['sku'],
                    'qty' => $item['qty'],
                    'unit' => $item['weight'] * $this->rates[$params['zone']],
                    'note' => str_repeat('.', 24) . $item['sku'],
                ];
            }
            $deferred->resolve(['quote_id' => $params['quote_id'], 'zone' => $params['zone'], 'lines' => $lines]);
        });

        return [$deferred, $deferred->promise()];
    }
}
