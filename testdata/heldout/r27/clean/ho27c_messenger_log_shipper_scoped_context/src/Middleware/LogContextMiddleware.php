<?php

namespace App\Middleware;

use App\Logging\MessageContext;
use Monolog\Logger;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Middleware\MiddlewareInterface;
use Symfony\Component\Messenger\Middleware\StackInterface;

final class LogContextMiddleware implements MiddlewareInterface
{
    public function __construct(private Logger $logger)
    {
    }

    public function handle(Envelope $envelope, StackInterface $stack): Envelope
    {
        $this->logger->pushProcessor(MessageContext::processorFor($envelope));
        try {
            return $stack->next()->handle($envelope, $stack);
        } finally {
            $this->logger->popProcessor();
        }
    }
}
