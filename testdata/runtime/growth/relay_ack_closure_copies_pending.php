<?php

declare(strict_types=1);

// A relay keeps the deliveries waiting for an ack in a local both of its
// callbacks share. The publish callback captures it by reference; the
// ack callback captures a copy, so its unset() never reaches the shared
// array and every delivery stays.

final class Server
{
    /** @var Closure(string, array): void */
    public Closure $onMessage;

    public function deliver(string $from, array $frame): void
    {
        ($this->onMessage)($from, $frame);
    }
}

final class Relay
{
    public int $acked = 0;

    public function attach(Server $server): void
    {
        $pending = [];

        $publish = function (string $from, array $frame) use (&$pending): void {
            $pending[$frame['id']] = ['from' => $from, 'body' => $frame['body'], 'at' => microtime(true)]; // leak
        };

        $ack = function (array $frame) use ($pending): void {
            unset($pending[$frame['id']]);
            $this->acked++;
        };

        $server->onMessage = static function (string $from, array $frame) use ($publish, $ack): void {
            if ($frame['type'] === 'publish') {
                $publish($from, $frame);
            } else {
                $ack($frame);
            }
        };
    }
}

$server = new Server();
(new Relay())->attach($server);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $id = sprintf('msg-%08d', $i);
    $server->deliver('10.0.0.5', ['type' => 'publish', 'id' => $id, 'body' => str_repeat("{\"order\":{$i}}", 40)]);
    $server->deliver('10.0.0.9', ['type' => 'ack', 'id' => $id]);
}
