<?php

declare(strict_types=1);

// A command bus folds its middleware into one closure chain when it is
// built, once per worker. An idempotency guard notes each command as
// pending while it runs and takes it off the list on every way out.

final class Command
{
    public function __construct(
        public readonly string $idempotencyKey,
        public readonly array $payload,
    ) {
    }
}

final class Result
{
    public function __construct(public readonly bool $ok, public readonly string $detail)
    {
    }
}

final class Handler
{
    public function handle(Command $command): Result
    {
        return new Result($command->payload['amount'] > 0, 'processed ' . $command->idempotencyKey);
    }
}

final class IdempotencyGuard
{
    /** @var array<string, Command> */
    private array $pending = [];

    public function __invoke(Command $command, callable $next): Result
    {
        $key = $command->idempotencyKey;
        $this->pending[$key] = $command;
        try {
            return $next($command);
        } finally {
            unset($this->pending[$key]);
        }
    }
}

final class CommandBus
{
    private \Closure $chain;

    /** @param list<callable(Command, callable): Result> $middleware */
    public function __construct(Handler $handler, array $middleware)
    {
        $chain = $handler->handle(...);
        foreach (array_reverse($middleware) as $layer) {
            $next = $chain;
            $chain = static fn (Command $command): Result => $layer($command, $next);
        }
        $this->chain = $chain;
    }

    public function dispatch(Command $command): Result
    {
        return ($this->chain)($command);
    }
}

$bus = new CommandBus(new Handler(), [new IdempotencyGuard()]);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $bus->dispatch(new Command(sprintf('cmd-%08d-%s', $i, md5((string) $i)), [
        'amount' => $i % 5 === 0 ? 0 : 100 + $i,
        'note' => str_repeat('x', 400),
    ]));
}
