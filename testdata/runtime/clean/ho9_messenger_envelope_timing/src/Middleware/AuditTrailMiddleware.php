<?php

namespace App\Middleware;

use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Middleware\MiddlewareInterface;
use Symfony\Component\Messenger\Middleware\StackInterface;

final class AuditTrailMiddleware implements MiddlewareInterface
{
    /** @var array<string, array{class: string, at: float}> */
    private array $received = [];

    public function handle(Envelope $envelope, StackInterface $stack): Envelope
    {
        $this->received[spl_object_hash($envelope)] = ['class' => $envelope->getMessage()::class, 'at' => microtime(true)];

        return $stack->next()->handle($envelope, $stack);
    }

    public function receivedAt(Envelope $envelope): ?float
    {
        return $this->received[spl_object_hash($envelope)]['at'] ?? null;
    }
}
