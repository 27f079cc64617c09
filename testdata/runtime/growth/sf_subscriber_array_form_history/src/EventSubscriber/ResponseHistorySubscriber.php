<?php

namespace App\EventSubscriber;

use Symfony\Component\EventDispatcher\EventSubscriberInterface;
use Symfony\Component\HttpKernel\Event\ResponseEvent;

/**
 * Adds an ETag to API responses and remembers what was sent, for the "recent API calls" panel.
 */
final class ResponseHistorySubscriber implements EventSubscriberInterface
{
    /** @var list<array{route: ?string, status: int, etag: string, preview: string}> */
    private array $history = [];

    public static function getSubscribedEvents(): array
    {
        return [
            'kernel.response' => ['onKernelResponse', 10],
        ];
    }

    public function onKernelResponse(ResponseEvent $event): void
    {
        $request = $event->getRequest();
        $response = $event->getResponse();
        $etag = md5((string) $response->getContent());
        $response->headers->set('ETag', '"'.$etag.'"');

        $this->history[] = [ // leak
            'route' => $request->attributes->get('_route'),
            'status' => $response->getStatusCode(),
            'etag' => $etag,
            'preview' => substr((string) $response->getContent(), 0, 800),
        ];
    }

    public function getHistory(): array
    {
        return $this->history;
    }
}
