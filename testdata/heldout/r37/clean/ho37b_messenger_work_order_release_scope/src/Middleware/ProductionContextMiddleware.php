<?php

namespace App\Middleware;

use App\Context\ProductionContext;
use App\Context\ProductionContextStack;
use App\Message\ReleaseWorkOrder;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Middleware\MiddlewareInterface;
use Symfony\Component\Messenger\Middleware\StackInterface;

final class ProductionContextMiddleware implements MiddlewareInterface
{
    public function __construct(private ProductionContextStack $contexts)
    {
    }

    public function handle(Envelope $envelope, StackInterface $stack): Envelope
    {
        $message = $envelope->getMessage();
        if (!$message instanceof ReleaseWorkOrder) {
            return $stack->next()->handle($envelope, $stack);
        }

        $this->contexts->enter($this->contextFor($message));
        try {
            return $stack->next()->handle($envelope, $stack);
        } finally {
            $this->contexts->leave();
        }
    }

    private function contextFor(ReleaseWorkOrder $message): ProductionContext
    {
        return new ProductionContext(
            $message->orderNo,
            $message->plant,
            $message->line,
            sprintf('%s-%s', $message->orderNo, substr(md5($message->orderNo . $message->erpDocument), 0, 12)),
            $message->components,
        );
    }
}
