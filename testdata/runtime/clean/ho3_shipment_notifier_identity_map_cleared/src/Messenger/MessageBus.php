<?php

declare(strict_types=1);

namespace Logistics\Messenger;

use Logistics\Messenger\Middleware\MiddlewareInterface;

final class MessageBus
{
    /** @var list<MiddlewareInterface> */
    private array $middleware;

    /**
     * @param array<class-string, callable(object): void> $handlers
     */
    public function __construct(private readonly array $handlers, MiddlewareInterface ...$middleware)
    {
        $this->middleware = array_values($middleware);
    }

    public function dispatch(object $message): void
    {
        $handler = $this->handlers[$message::class] ?? throw new \LogicException('No handler for ' . $message::class);
        $next = static function (object $message) use ($handler): void {
            $handler($message);
        };
        foreach (array_reverse($this->middleware) as $middleware) {
            $next = static function (object $message) use ($middleware, $next): void {
                $middleware->handle($message, $next);
            };
        }
        $next($message);
    }
}
