<?php

namespace App\EventSubscriber;

use Symfony\Component\EventDispatcher\EventSubscriberInterface;
use Symfony\Component\HttpKernel\Event\ResponseEvent;
use Symfony\Contracts\Service\ResetInterface;

/**
 * Adds an ETag to API responses and remembers what was sent during the current request (sub-requests included).
 */
final class ResponseHistorySubscriber implements EventSubscriberInterface, ResetInterface
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

        $this->history[] = [
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

    /**
     * Autoconfigured with the "kernel.reset" tag: the kernel's services_resetter calls it between two requests.
     */
    public function reset(): void
    {
        $this->history = [];
    }
}
