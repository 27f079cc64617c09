<?php

namespace App\EventSubscriber;

use App\Audit\AuditEntry;
use Symfony\Component\EventDispatcher\EventSubscriberInterface;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpKernel\Event\RequestEvent;
use Symfony\Component\HttpKernel\Event\ResponseEvent;
use Symfony\Component\HttpKernel\Event\TerminateEvent;
use Symfony\Component\HttpKernel\KernelEvents;

/**
 * Builds an audit trail of API calls for the compliance dashboard.
 */
final class RequestAuditSubscriber implements EventSubscriberInterface
{
    private float $startedAt = 0.0;

    /** @var array<string, AuditEntry> */
    private array $trail = [];

    private int $requestCount = 0;

    public function __construct(private readonly string $environment)
    {
    }

    public static function getSubscribedEvents(): array
    {
        return [
            KernelEvents::REQUEST => [
                ['startClock', 512],
                ['assignRequestId', 256],
            ],
            KernelEvents::RESPONSE => ['exposeRequestId', -16],
            KernelEvents::TERMINATE => 'recordTrail',
        ];
    }

    public function startClock(RequestEvent $event): void
    {
        $this->startedAt = microtime(true);
    }

    public function assignRequestId(RequestEvent $event): void
    {
        $request = $event->getRequest();
        $id = $request->headers->get('x-request-id') ?? sprintf('%s-%06d', $this->environment, ++$this->requestCount);
        $request->attributes->set('_request_id', $id);
    }

    public function exposeRequestId(ResponseEvent $event): void
    {
        $event->getResponse()->headers->set('X-Request-Id', $event->getRequest()->attributes->get('_request_id'));
    }

    public function recordTrail(TerminateEvent $event): void
    {
        $request = $event->getRequest();
        $entry = new AuditEntry(
            $request->attributes->get('_request_id'),
            $request->getMethod(),
            $request->getPathInfo(),
            $request->getClientIp(),
            (string) $request->headers->get('user-agent', 'unknown'),
            $event->getResponse()->getStatusCode(),
            (microtime(true) - $this->startedAt) * 1000,
            $this->extractContext($request),
        );

        $this->trail[$entry->requestId] = $entry; // leak
    }

    /**
     * @return array<string, AuditEntry>
     */
    public function getTrail(): array
    {
        return $this->trail;
    }

    private function extractContext(Request $request): array
    {
        return [
            'route' => $request->attributes->get('_route'),
            'query' => $request->query->all(),
            'body_sha1' => sha1($request->getContent()),
        ];
    }
}
