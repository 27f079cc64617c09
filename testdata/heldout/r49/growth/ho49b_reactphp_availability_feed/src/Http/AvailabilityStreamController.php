<?php
namespace Rental\Http;

use Rental\Fleet\AvailabilityHub;
use Rental\Fleet\FeedSubscription;
use React\Http\Message\Response;
use React\Http\Message\ServerRequest;
use React\Stream\ThroughStream;

final class AvailabilityStreamController
{
    use StreamsServerSentEvents;

    public function __construct(private AvailabilityHub $hub)
    {
    }

    public function __invoke(ServerRequest $request): Response
    {
        $query = $request->getQueryParams();
        $subscription = new FeedSubscription(
            (string) ($query['branch'] ?? ''),
            array_values(array_filter(explode(',', (string) ($query['classes'] ?? '')))),
            $request->getHeaderLine('x-dashboard-user'),
            (int) $request->getHeaderLine('last-event-id'),
        );

        $stream = new ThroughStream();
        $this->hub->on(AvailabilityHub::STATUS_CHANGED, $this->forwarder($stream, $subscription)); // leak

        $hub = $this->hub;
        $stream->on('close', function () use ($hub, $stream, $subscription): void {
            $hub->removeListener(AvailabilityHub::STATUS_CHANGED, $this->forwarder($stream, $subscription));
        });

        return new Response(Response::STATUS_OK, [
            'Content-Type' => 'text/event-stream',
            'Cache-Control' => 'no-cache',
        ], $stream);
    }
}
