<?php

// Stand-ins for Symfony Messenger's bus, its handler middleware and its
// handlers locator, as an application wires them by hand.

namespace Symfony\Component\Messenger\Handler {
    class HandlersLocator
    {
        /** @param array<class-string, list<callable>> $handlers */
        public function __construct(private array $handlers)
        {
        }

        /** @return list<callable> */
        public function getHandlers(object $message): array
        {
            return $this->handlers[$message::class] ?? [];
        }
    }
}

namespace Symfony\Component\Messenger\Middleware {
    use Symfony\Component\Messenger\Handler\HandlersLocator;

    class HandleMessageMiddleware
    {
        public function __construct(private HandlersLocator $locator)
        {
        }

        public function handle(object $message): void
        {
            foreach ($this->locator->getHandlers($message) as $handler) {
                $handler($message);
            }
        }
    }
}

namespace Symfony\Component\Messenger {
    use Symfony\Component\Messenger\Middleware\HandleMessageMiddleware;

    class MessageBus
    {
        /** @param list<HandleMessageMiddleware> $middlewares */
        public function __construct(private array $middlewares)
        {
        }

        public function dispatch(object $message): void
        {
            foreach ($this->middlewares as $middleware) {
                $middleware->handle($message);
            }
        }
    }
}
