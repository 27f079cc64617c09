<?php
namespace Rental\Http;

use Rental\Fleet\FeedSubscription;
use Rental\Fleet\VehicleStatus;
use React\Stream\ThroughStream;

trait StreamsServerSentEvents
{
    /**
     * Builds the hub listener that forwards matching status changes to one
     * client's event stream.
     */
    protected function forwarder(ThroughStream $stream, FeedSubscription $subscription): \Closure
    {
        return static function (VehicleStatus $status) use ($stream, $subscription): void {
            if (!$stream->isWritable() || !$subscription->matches($status)) {
                return;
            }
            $stream->write(sprintf(
                "id: %d\nevent: availability\ndata: %s\n\n",
                $status->eventId,
                json_encode(['plate' => $status->plate, 'class' => $status->classCode, 'state' => $status->state]),
            ));
        };
    }
}
