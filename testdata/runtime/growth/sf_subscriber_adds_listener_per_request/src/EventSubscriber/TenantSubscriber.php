<?php

namespace App\EventSubscriber;

use Symfony\Component\EventDispatcher\EventDispatcherInterface;
use Symfony\Component\EventDispatcher\EventSubscriberInterface;
use Symfony\Component\HttpKernel\Event\RequestEvent;
use Symfony\Component\HttpKernel\Event\ResponseEvent;
use Symfony\Component\HttpKernel\KernelEvents;

/**
 * Resolves the tenant from the host name and tags the response with it.
 */
final class TenantSubscriber implements EventSubscriberInterface
{
    public function __construct(private EventDispatcherInterface $dispatcher)
    {
    }

    public static function getSubscribedEvents(): array
    {
        return [
            KernelEvents::REQUEST => ['onKernelRequest', 20],
        ];
    }

    public function onKernelRequest(RequestEvent $event): void
    {
        $request = $event->getRequest();
        $tenant = explode('.', $request->getHost())[0];
        $request->attributes->set('_tenant', $tenant);

        $this->dispatcher->addListener(KernelEvents::RESPONSE, function (ResponseEvent $responseEvent) use ($request, $tenant): void { // leak
            if ($responseEvent->getRequest() === $request) {
                $responseEvent->getResponse()->headers->set('X-Tenant', $tenant);
            }
        });
    }
}
