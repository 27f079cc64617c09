<?php

declare(strict_types=1);

namespace App\Beacon;

use ClickHouseDB\Client;

final class ClickHouseBeaconWriter
{
    private const COLUMNS = ['event_time', 'event', 'auction_id', 'imp_id', 'campaign_id', 'creative_id', 'win_price_micros', 'publisher_id', 'page_url', 'user_agent', 'client_ip', 'tcf_consent'];

    public function __construct(private readonly Client $client, private readonly string $table)
    {
    }

    /** @param iterable<Beacon> $beacons */
    public function write(iterable $beacons): int
    {
        $rows = [];
        foreach ($beacons as $beacon) {
            $rows[] = $beacon->toRow();
        }

        return $rows === [] ? 0 : $this->client->insert($this->table, $rows, self::COLUMNS);
    }
}
