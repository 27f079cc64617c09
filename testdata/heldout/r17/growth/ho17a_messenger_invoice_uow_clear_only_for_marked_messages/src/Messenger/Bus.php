<?php

declare(strict_types=1);

namespace App\Messenger;

use App\Message\ClearsEntityManager;
use DoctrineLite\EntityManager;

interface Middleware
{
    public function handle(object $message, callable $next): void;
}

final class ClearEntityManagerMiddleware implements Middleware
{
    public function __construct(private readonly EntityManager $em)
    {
    }

    public function handle(object $message, callable $next): void
    {
        try {
            $next($message);
        } finally {
            if ($message instanceof ClearsEntityManager) {
                $this->em->clear();
            }
        }
    }
}

final class MessageBus
{
    /** @param list<Middleware> $middleware */
    public function __construct(
        private readonly array $middleware,
        private readonly array $handlers,
    ) {
    }

    public function dispatch(object $message): void
    {
        $core = function (object $message): void {
            $handler = $this->handlers[$message::class] ?? throw new \RuntimeException('No handler for ' . $message::class);
            $handler($message);
        };

        $chain = array_reduce(
            array_reverse($this->middleware),
            static fn (callable $next, Middleware $m): callable => static fn (object $msg) => $m->handle($msg, $next),
            $core,
        );
        $chain($message);
    }
}
