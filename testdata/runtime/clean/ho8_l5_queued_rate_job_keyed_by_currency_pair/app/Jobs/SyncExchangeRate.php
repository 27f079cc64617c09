<?php

namespace App\Jobs;

use App\Rates\Rate;
use App\Rates\RateBook;
use Illuminate\Contracts\Queue\ShouldQueue;

class SyncExchangeRate implements ShouldQueue
{
    private const PAIRS = ['EURUSD', 'EURGBP', 'EURCHF', 'EURJPY', 'EURPLN'];

    public function __construct(public string $pair, public float $bid, public float $ask, public string $payload) {}

    public function handle(RateBook $book): void
    {
        if (! in_array($this->pair, self::PAIRS, true)) {
            return;
        }
        $source = json_decode($this->payload, true)['provider'] ?? 'unknown';
        $book->put(new Rate($this->pair, ($this->bid + $this->ask) / 2, $source, time()));
    }
}
