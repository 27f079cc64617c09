<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger\Middleware;

use Symfony\Component\Messenger\Envelope;

interface MiddlewareInterface
{
    /** @param \Closure(Envelope): Envelope $next */
    public function handle(Envelope $envelope, \Closure $next): Envelope;
}
