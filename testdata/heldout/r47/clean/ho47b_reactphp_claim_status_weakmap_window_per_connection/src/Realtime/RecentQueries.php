<?php

namespace App\Realtime;

use App\Claims\ClaimStatusQuery;
use React\Socket\ConnectionInterface;
use WeakMap;

/**
 * What each dashboard connection asked for, shown in its "recently viewed
 * claims" sidebar. Keyed weakly by the connection, so a dashboard that
 * disconnects takes its entries with it. Dashboards stay connected all day,
 * so each list is also capped to the sidebar's window.
 */
final class RecentQueries
{
    private const WINDOW = 20;

    /** @var WeakMap<ConnectionInterface, list<ClaimStatusQuery>> */
    private WeakMap $byConnection;

    public function __construct()
    {
        $this->byConnection = new WeakMap();
    }

    public function remember(ConnectionInterface $connection, ClaimStatusQuery $query): void
    {
        $recent = $this->byConnection[$connection] ?? [];
        $recent[] = $query;
        if (count($recent) > self::WINDOW) {
            $recent = array_slice($recent, -self::WINDOW);
        }
        $this->byConnection[$connection] = $recent;
    }

    /** @return list<string> */
    public function sidebar(ConnectionInterface $connection): array
    {
        $claims = [];
        foreach (array_reverse($this->byConnection[$connection] ?? []) as $query) {
            $claims[$query->claimNumber] ??= sprintf('%s (%s)', $query->claimNumber, $query->petName);
            if (count($claims) === 5) {
                break;
            }
        }
        return array_values($claims);
    }
}
