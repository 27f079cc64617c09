<?php

declare(strict_types=1);

namespace App\Middleware;

use App\Context\OrderContext;
use App\Context\OrderFrame;
use App\Message\PlaceOrder;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Middleware\MiddlewareInterface;
use Symfony\Component\Messenger\Middleware\StackInterface;
use Symfony\Component\Messenger\Stamp\DelayStamp;

final class OrderContextMiddleware implements MiddlewareInterface
{
    public function __construct(private readonly \Closure $now)
    {
    }

    public function handle(Envelope $envelope, StackInterface $stack): Envelope
    {
        $message = $envelope->getMessage();
        if (!$message instanceof PlaceOrder) {
            return $stack->next()->handle($envelope, $stack);
        }

        OrderContext::enter(OrderFrame::fromMessage($message));

        if ($message->scheduledFor !== null && $message->scheduledFor > ($this->now)()) {
            // pre-order: park it until 20 minutes before the slot, the kitchen can't see it yet
            $delay = $message->scheduledFor->getTimestamp() - ($this->now)()->getTimestamp() - 1200;

            return $envelope->with(new DelayStamp(max(0, $delay) * 1000));
        }

        $result = $stack->next()->handle($envelope, $stack);
        OrderContext::leave();

        return $result;
    }
}
