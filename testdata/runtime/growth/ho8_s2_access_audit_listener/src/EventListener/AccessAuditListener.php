<?php
namespace App\EventListener;

use App\Security\AccessRecord;
use Symfony\Component\EventDispatcher\Attribute\AsEventListener;
use Symfony\Component\HttpKernel\Event\RequestEvent;
use Symfony\Component\HttpKernel\KernelEvents;

#[AsEventListener(event: KernelEvents::REQUEST, priority: 8)]
final class AccessAuditListener
{
    /** @var list<AccessRecord> */
    private array $records = [];

    public function __invoke(RequestEvent $event): void
    {
        $request = $event->getRequest();
        $headers = $request->headers->all();

        $this->records[] = new AccessRecord( // leak
            $headers['x-user-id'] ?? 'anonymous',
            (string) $request->attributes->get('_route'),
            $headers,
            hash('sha256', ($headers['user-agent'] ?? '') . '|' . ($headers['x-forwarded-for'] ?? '')),
            new \DateTimeImmutable(),
        );
    }

    public function pending(): int
    {
        return \count($this->records);
    }
}
