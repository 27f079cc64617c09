<?php

namespace App\EventListener;

use Symfony\Component\DependencyInjection\ContainerInterface;
use Symfony\Component\EventDispatcher\Attribute\AsEventListener;
use Symfony\Component\HttpKernel\Event\RequestEvent;
use Symfony\Component\HttpKernel\KernelEvents;

/**
 * Negotiates the API version among the versions the compiler pass declared.
 */
final class ApiVersionListener
{
    /** @var list<string> */
    private array $versions;
    private string $latest;

    public function __construct(ContainerInterface $container)
    {
        $this->versions = $container->getParameter('app.api_versions');
        $this->latest = $container->getParameter('app.api_version_latest');
    }

    #[AsEventListener(event: KernelEvents::REQUEST, priority: 20)]
    public function negotiateVersion(RequestEvent $event): void
    {
        $request = $event->getRequest();
        $asked = $request->headers->get('X-Api-Version', $this->latest);
        $request->attributes->set('_api_version', \in_array($asked, $this->versions, true) ? $asked : $this->latest);
    }
}
