<?php
// A message bus hands each message to the middleware it was built with,
// through a stack whose next() returns the next element of the list
// (typed by the interface). One of them, the audit middleware, keeps a
// row per message for the life of the consumer.

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
        $this->rows[] = ['id' => $message['id'], 'body' => $message['body'], 'at' => microtime(true)]; // leak

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

$bus = new Bus([new AuditMiddleware(), new HandlerMiddleware()]);
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $bus->dispatch(['id' => 'msg-' . $i, 'body' => str_repeat('payload ', 80)]);
}
