<?php

declare(strict_types=1);

namespace App\Http;

use App\Tracking\OrderTracker;
use Evloop\Loop;

/** GET /orders/{orderId}/events: streams one order's status changes to the browser. */
final class OrderEventsController
{
    public function __construct(
        private readonly Loop $loop,
        private readonly OrderTracker $tracker,
        private readonly float $keepAliveEvery = 15.0,
    ) {
    }

    public function __invoke(ServerRequest $request): Response
    {
        $orderId = $request->attributes['orderId'];
        $lastEventId = $request->headers['last-event-id'] ?? '0';
        $stream = new EventStream("order.{$orderId}");

        $watchId = $this->tracker->watch(
            $orderId,
            static function (string $status) use ($stream, $orderId): void {
                $data = json_encode(['order' => $orderId, 'status' => $status], JSON_THROW_ON_ERROR);
                $stream->write("event: status\nid: {$orderId}:{$status}\ndata: {$data}\n\n");
            },
        );

        $this->loop->addPeriodicTimer($this->keepAliveEvery, $this->keepAlive($stream, $lastEventId)); // leak

        $stream->on('close', function () use ($orderId, $watchId): void {
            $this->tracker->unwatch($orderId, $watchId);
        });
        $stream->write("retry: 3000\n\n");

        return new Response(200, [
            'content-type' => 'text/event-stream',
            'cache-control' => 'no-cache, no-transform',
            'x-accel-buffering' => 'no',
        ], $stream);
    }

    private function keepAlive(EventStream $stream, string $lastEventId): \Closure
    {
        $comment = sprintf(": keep-alive channel=%s last-event-id=%s\n\n", $stream->channel, $lastEventId);

        return static function () use ($stream, $comment): void {
            $stream->write($comment);
        };
    }
}
