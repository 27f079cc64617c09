<?php

declare(strict_types=1);

namespace App\Delivery;

use Workerman\Connection\TcpConnection;
use Workerman\Worker;

/**
 * At-least-once fan-out: a published frame is remembered until the
 * subscriber acks it, so it can be redelivered after a reconnect.
 */
final class DeliveryGateway
{
    private int $acked = 0;

    public function __construct(private readonly Subscribers $subscribers)
    {
    }

    public function attach(Worker $worker): void
    {
        $pending = [];

        $onPublish = function (TcpConnection $publisher, Frame $frame) use (&$pending): void {
            $subscriber = $this->subscribers->for($frame->topic);
            if ($subscriber === null) {
                $publisher->send('{"error":"no subscriber"}');

                return;
            }
            $pending[$frame->id] = new PendingDelivery($frame, $subscriber->id, microtime(true)); // leak
            $subscriber->send(json_encode(['type' => 'deliver', 'id' => $frame->id, 'body' => $frame->body]));
        };

        $onAck = function (TcpConnection $subscriber, Frame $frame) use ($pending): void {
            if (isset($pending[$frame->id])) {
                unset($pending[$frame->id]);
            }
            $this->acked++;
        };

        $worker->onMessage = static function (TcpConnection $connection, string $raw) use ($onPublish, $onAck): void {
            $frame = Frame::decode($raw);
            match ($frame->type) {
                'publish' => $onPublish($connection, $frame),
                'ack' => $onAck($connection, $frame),
                default => $connection->send('{"error":"unknown frame"}'),
            };
        };
    }
}
