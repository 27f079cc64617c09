<?php

namespace Symfony\Component\Messenger\Middleware {
    use Symfony\Component\Messenger\Envelope;

    interface MiddlewareInterface
    {
        public function handle(Envelope $envelope, StackInterface $stack): Envelope;
    }

    interface StackInterface
    {
        public function next(): MiddlewareInterface;
    }

    final class StackMiddleware implements StackInterface, MiddlewareInterface
    {
        private int $offset = 0;

        /** @param list<MiddlewareInterface> $middlewares */
        public function __construct(private array $middlewares) {}

        public function next(): MiddlewareInterface
        {
            return $this->middlewares[$this->offset++] ?? $this;
        }

        public function handle(Envelope $envelope, StackInterface $stack): Envelope
        {
            return $envelope;
        }
    }
}

namespace Symfony\Component\Messenger {
    use Symfony\Component\Messenger\Middleware\StackMiddleware;

    final class Envelope
    {
        public function __construct(private object $message, private array $stamps = []) {}

        public function getMessage(): object
        {
            return $this->message;
        }
    }

    final class MessageBus
    {
        public function __construct(private iterable $middlewareHandlers) {}

        public function dispatch(object $message): Envelope
        {
            $envelope = $message instanceof Envelope ? $message : new Envelope($message);
            $stack = new StackMiddleware([...$this->middlewareHandlers]);
            return $stack->next()->handle($envelope, $stack);
        }
    }
}
