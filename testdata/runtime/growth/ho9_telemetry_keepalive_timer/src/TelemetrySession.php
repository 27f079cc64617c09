<?php

namespace App\Telemetry;

use React\EventLoop\Loop;
use React\EventLoop\TimerInterface;
use React\Socket\Connection;

final class TelemetrySession
{
    private TimerInterface $keepAlive;
    private array $readings = [];

    public function __construct(private Connection $connection)
    {
        $this->keepAlive = Loop::addPeriodicTimer(15.0, $this->pingCallback()); // leak
    }

    private function pingCallback(): \Closure
    {
        return function (TimerInterface $timer): void {
            $this->connection->write("PING {$this->connection->remoteAddress}\n");
        };
    }

    public function ingest(string $data): void
    {
        $this->readings[] = $data;
    }

    public function close(): void
    {
        $this->readings = array_slice($this->readings, -1);
    }
}
