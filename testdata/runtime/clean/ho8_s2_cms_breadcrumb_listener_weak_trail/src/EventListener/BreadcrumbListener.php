<?php
namespace App\EventListener;

use App\Navigation\Trail;
use Symfony\Component\EventDispatcher\Attribute\AsEventListener;
use Symfony\Component\HttpKernel\Event\RequestEvent;
use Symfony\Component\HttpKernel\KernelEvents;

final class BreadcrumbListener
{
    #[AsEventListener(event: KernelEvents::REQUEST)]
    public function onKernelRequest(RequestEvent $event): void
    {
        $request = $event->getRequest();
        $trail = new Trail();
        $trail->add('Home', '/');
        $url = '/docs';
        foreach (explode('/', (string) $request->query->get('slug')) as $segment) {
            $url .= '/' . $segment;
            $trail->add(ucwords(str_replace('-', ' ', $segment)) . ' · Documentation · Acme Platform', $url);
        }
        $request->attributes->set('_breadcrumbs', $trail);
    }
}
