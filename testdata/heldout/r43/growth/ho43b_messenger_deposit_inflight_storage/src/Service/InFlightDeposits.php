<?php

namespace App\Service;

use App\Entity\Deposit;

/**
 * Deposits currently being processed by this worker, with when and why, so
 * the /health probe and the shutdown hook can report stuck credits.
 */
final class InFlightDeposits implements \Countable
{
    private \SplObjectStorage $deposits;

    public function __construct()
    {
        $this->deposits = new \SplObjectStorage();
    }

    public function begin(Deposit $deposit, string $stage, int $blockHeight): void
    {
        $this->deposits->attach($deposit, [ // leak
            'id' => $deposit->id(),
            'stage' => $stage,
            'block' => $blockHeight,
            'since' => microtime(true),
            'worker' => getmypid(),
        ]);
    }

    public function end(Deposit $deposit): void
    {
        $this->deposits->detach($deposit);
    }

    public function count(): int
    {
        return $this->deposits->count();
    }

    /** @return list<string> */
    public function stuckSince(float $seconds): array
    {
        $ids = [];
        $limit = microtime(true) - $seconds;
        foreach ($this->deposits as $deposit) {
            if ($this->deposits[$deposit]['since'] < $limit) {
                $ids[] = $deposit->id();
            }
        }

        return $ids;
    }
}
