<?php
namespace App\EventSubscriber;

use App\Tenant\Tenant;
use App\Tenant\TenantContext;
use Symfony\Component\EventDispatcher\EventSubscriberInterface;
use Symfony\Component\HttpKernel\Event\FinishRequestEvent;
use Symfony\Component\HttpKernel\Event\RequestEvent;
use Symfony\Component\HttpKernel\KernelEvents;

final class TenantSubscriber implements EventSubscriberInterface
{
    public int $finished = 0;

    public function __construct(private TenantContext $context) {}

    public static function getSubscribedEvents(): array
    {
        return [KernelEvents::REQUEST => 'onKernelRequest', KernelEvents::FINISH_REQUEST => 'onFinishRequest'];
    }

    public function onKernelRequest(RequestEvent $event): void
    {
        $slug = strstr($event->getRequest()->getHost(), '.', true);
        $this->context->enter(new Tenant($slug, [
            'theme' => 'tenant-' . $slug,
            'features' => array_fill(0, 16, 'feature-flag-for-' . $slug),
        ]));
    }

    public function onFinishRequest(FinishRequestEvent $event): void
    {
        if ($this->context->current() !== null) {
            $this->finished++;
        }
    }
}
