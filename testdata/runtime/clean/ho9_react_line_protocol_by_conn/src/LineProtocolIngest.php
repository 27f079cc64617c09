<?php

namespace App\Telemetry;

use React\Socket\Connection;

final class LineProtocolIngest
{
    /** @var array<string, string> */
    private array $partial = [];
    public int $points = 0;

    public function onConnection(Connection $connection): void
    {
        $key = (string) spl_object_id($connection);
        $this->partial[$key] = '';
        $connection->on('data', fn (string $chunk) => $this->onData($key, $chunk));
    }

    private function onData(string $key, string $chunk): void
    {
        $buffer = $this->partial[$key] . $chunk;
        $lines = explode("\n", $buffer);
        $this->partial[$key] = array_pop($lines);
        $this->points += count($lines);
    }
}
