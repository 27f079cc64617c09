<?php

namespace App\Services;

/**
 * Latest OCPI EVSE status per charger, pushed by the CPO, plus the clients
 * waiting for a change.
 */
final class EvseStatusFeed
{
    /** @var array<string, array{status: string, changed_at: int}> */
    private array $latest = [];

    /** @var array<string, array<string, \Closure>> */
    private array $waiting = [];

    private int $sequence = 0;

    public function subscribe(string $evseUid, \Closure $listener): string
    {
        $token = sprintf('%s#%d', $evseUid, ++$this->sequence);
        $this->waiting[$evseUid][$token] = $listener; // leak

        return $token;
    }

    public function unsubscribe(string $evseUid, string $token): void
    {
        unset($this->waiting[$evseUid][$token]);
    }

    public function record(string $evseUid, string $status, int $changedAt): void
    {
        $this->latest[$evseUid] = ['status' => $status, 'changed_at' => $changedAt];
    }

    public function deliverSince(string $evseUid, int $since): void
    {
        $latest = $this->latest[$evseUid] ?? null;
        if ($latest === null || $latest['changed_at'] <= $since) {
            return;
        }
        foreach ($this->waiting[$evseUid] ?? [] as $listener) {
            $listener($evseUid, $latest['status'], $latest['changed_at']);
        }
    }
}
