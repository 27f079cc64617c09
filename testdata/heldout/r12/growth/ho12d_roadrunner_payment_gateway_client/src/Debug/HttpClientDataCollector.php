<?php

declare(strict_types=1);

namespace App\Debug;

use App\Http\Middleware;

/**
 * Web profiler panel for outgoing HTTP calls.
 */
final class HttpClientDataCollector
{
    private const KEEP_TRANSACTIONS = 20;

    /** @var array<int, array{request: \App\Http\Request, response: \App\Http\Response, options: array<string, mixed>}> */
    private array $transactions = [];

    /** @var array{count: int, errors: int} */
    private array $summary = ['count' => 0, 'errors' => 0];

    public function historyMiddleware(): callable
    {
        return Middleware::history($this->transactions);
    }

    public function lateCollect(): void
    {
        $errors = 0;
        foreach ($this->transactions as $transaction) {
            if ($transaction['response']->status >= 400) {
                $errors++;
            }
        }

        $this->summary = ['count' => \count($this->transactions), 'errors' => $errors];
    }

    /** @return array{count: int, errors: int} */
    public function getSummary(): array
    {
        return $this->summary;
    }

    public function reset(): void
    {
        $this->transactions = [];
        $this->summary = ['count' => 0, 'errors' => 0];
    }
}
