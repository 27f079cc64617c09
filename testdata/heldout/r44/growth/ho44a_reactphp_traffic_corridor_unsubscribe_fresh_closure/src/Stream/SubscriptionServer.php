<?php

declare(strict_types=1);

namespace Roadwatch\Stream;

use React\Socket\ConnectionInterface;
use React\Socket\SocketServer;
use Roadwatch\Traffic\IncidentFeed;

/**
 * Line protocol: "SUB corridor=s,w,n,e client=<id> zoom=<z>". One corridor
 * per connection; closing the socket ends the subscription.
 */
final class SubscriptionServer
{
    private int $accepted = 0;
    private int $rejected = 0;

    public function __construct(private readonly IncidentFeed $feed)
    {
    }

    public function listen(SocketServer $socket): void
    {
        $socket->on('connection', function (ConnectionInterface $connection): void {
            $this->accepted++;
            $connection->on('data', function (string $line) use ($connection): void {
                $this->subscribe($connection, $line);
            });
        });
    }

    private function subscribe(ConnectionInterface $connection, string $line): void
    {
        if (!str_starts_with($line, 'SUB ')) {
            $this->rejected++;
            $connection->end("ERR expected SUB\n");

            return;
        }
        parse_str(str_replace(' ', '&', trim(substr($line, 4))), $args);
        $corridor = BoundingBox::parse((string) ($args['corridor'] ?? ''));
        if ($corridor === null) {
            $this->rejected++;
            $connection->end("ERR bad corridor\n");

            return;
        }

        $subscription = new CorridorSubscription(
            $connection,
            $this->feed,
            $corridor,
            (string) ($args['client'] ?? 'anonymous'),
            max(0, min(20, (int) ($args['zoom'] ?? 12))),
            (string) $connection->getRemoteAddress(),
        );
        $connection->on('close', static function () use ($subscription): void {
            $subscription->stop();
        });
        $subscription->start();
    }
}
