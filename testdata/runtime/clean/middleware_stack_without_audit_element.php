<?php
// The same bus, built without the audit middleware: the class is there,
// and made for a debug command that runs once, but no message goes
// through it, so its rows never grow in the consumer.

interface Middleware
{
    public function handle(array $message, Stack $stack): array;
}

final class Stack
{
    private int $at = 0;

    /** @param list<Middleware> $middleware */
    public function __construct(private array $middleware)
    {
    }

    public function next(): Middleware
    {
        return $this->middleware[$this->at++];
    }
}

final class AuditMiddleware implements Middleware
{
    private array $rows = [];

    public function handle(array $message, Stack $stack): array
    {
        $this->rows[] = ['id' => $message['id'], 'body' => $message['body'], 'at' => microtime(true)];

        return $stack->next()->handle($message, $stack);
    }
}

final class HandlerMiddleware implements Middleware
{
    public function handle(array $message, Stack $stack): array
    {
        return ['handled' => $message['id']];
    }
}

final class Bus
{
    /** @param list<Middleware> $middleware */
    public function __construct(private array $middleware)
    {
    }

    public function dispatch(array $message): array
    {
        $stack = new Stack($this->middleware);

        return $stack->next()->handle($message, $stack);
    }
}

$bus = new Bus([new HandlerMiddleware()]);
$debug = new AuditMiddleware();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $bus->dispatch(['id' => 'msg-' . $i, 'body' => str_repeat('payload ', 80)]);
}
