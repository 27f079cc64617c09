<?php

namespace App\EventListener;

use Symfony\Component\HttpKernel\RequestEvent;

final class LocaleListener
{
    public function __construct(private readonly string $defaultLocale)
    {
    }

    public function onKernelRequest(RequestEvent $event): void
    {
        $event->request->attributes['_locale'] = $event->request->query['_locale'] ?? $this->defaultLocale;
    }
}
