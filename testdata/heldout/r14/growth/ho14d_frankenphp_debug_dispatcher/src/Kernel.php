<?php

namespace App;

use App\EventListener\LocaleListener;
use App\EventListener\RouterListener;
use App\EventListener\SecurityHeadersListener;
use Symfony\Component\EventDispatcher\Debug\TraceableEventDispatcher;
use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\HttpFoundation\RequestStack;
use Symfony\Component\HttpKernel\Container;
use Symfony\Component\HttpKernel\HttpKernel;
use Symfony\Component\HttpKernel\Kernel as BaseKernel;
use Symfony\Component\HttpKernel\ServicesResetter;

final class Kernel extends BaseKernel
{
    protected function buildContainer(): Container
    {
        $config = require __DIR__ . '/../config/services.php';

        return new Container([
            'request_stack' => static fn (): RequestStack => new RequestStack(),
            'event_dispatcher' => function (Container $c): object {
                $dispatcher = new EventDispatcher();
                $router = new RouterListener($c->getParameter('routes'));
                $dispatcher->addListener('kernel.request', [$router, 'onKernelRequest'], 32);
                $dispatcher->addListener('kernel.request', [new LocaleListener($c->getParameter('locale')), 'onKernelRequest'], 16);
                $dispatcher->addListener('kernel.controller', [$router, 'onKernelController']);
                $dispatcher->addListener('kernel.response', new SecurityHeadersListener(), -10);

                return $this->debug ? new TraceableEventDispatcher($dispatcher, $c->get('request_stack')) : $dispatcher; // leak
            },
            'http_kernel' => static fn (Container $c): HttpKernel => new HttpKernel($c->get('event_dispatcher'), $c->get('request_stack')),
            'services_resetter' => static fn (Container $c): ServicesResetter => new ServicesResetter($c, $c->getParameter('kernel.reset')),
        ], $config['parameters']);
    }
}
