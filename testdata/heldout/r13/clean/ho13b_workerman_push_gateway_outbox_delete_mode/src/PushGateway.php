<?php

declare(strict_types=1);

namespace App\Push;

use Workerman\Connection\TcpConnection;

interface FrameEncoder
{
    public function encode(string $channel, array $event): string;
}

final class JsonFrameEncoder implements FrameEncoder
{
    public function encode(string $channel, array $event): string
    {
        return json_encode(['channel' => $channel, 'data' => $event], JSON_THROW_ON_ERROR) . "\n";
    }
}

final class SubscriberRegistry
{
    /** @var array<int, Outbox> */
    private array $outboxes = [];

    public function subscribe(TcpConnection $connection): void
    {
        $this->outboxes[$connection->id] = new Outbox($connection);
    }

    /** @return iterable<Outbox> */
    public function all(): iterable
    {
        return $this->outboxes;
    }
}

final class PushGateway
{
    public function __construct(
        private SubscriberRegistry $subscribers,
        private FrameEncoder $encoder,
    ) {
    }

    public function onPublisherFrame(TcpConnection $publisher, string $raw): void
    {
        $message = json_decode($raw, true, 512, JSON_THROW_ON_ERROR);
        $frame = $this->encoder->encode($message['channel'], $message['event']);

        foreach ($this->subscribers->all() as $outbox) {
            $outbox->push($frame);
            $outbox->flush();
        }
    }
}
