<?php

namespace App\EventListener;

use Symfony\Component\HttpKernel\RequestEvent;

final class SecurityHeadersListener
{
    public function __invoke(RequestEvent $event): void
    {
        $response = $event->getResponse();
        $response->headers['x-frame-options'] = 'DENY';
        $response->headers['content-security-policy'] = "default-src 'self'";
    }
}
