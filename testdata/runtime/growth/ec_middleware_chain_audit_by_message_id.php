<?php
// A message bus runs each message through a chain of middleware closures
// it was given at boot, built per message with arrow functions over the
// middleware list. The audit middleware notes each message under its id
// in a long-lived trail.

final class AuditTrail
{
    private array $handled = [];

    public function note(string $messageId, string $type, array $headers): void
    {
        $this->handled[$messageId] = ['type' => $type, 'headers' => $headers]; // leak
    }
}

final class MessageBus
{
    /** @param list<Closure(array, Closure): mixed> $middleware */
    public function __construct(private readonly array $middleware) {}

    public function dispatch(array $message, Closure $handler): mixed
    {
        $next = $handler;
        foreach (array_reverse($this->middleware) as $middleware) {
            $next = static fn (array $m): mixed => $middleware($m, $next);
        }

        return $next($message);
    }
}

$trail = new AuditTrail();
$audit = static function (array $message, Closure $next) use ($trail): mixed {
    $trail->note($message['id'], $message['type'], $message['headers']);

    return $next($message);
};
$bus = new MessageBus([$audit]);
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $message = ['id' => 'msg-' . $i . '-' . bin2hex(random_bytes(4)), 'type' => 'order.paid', 'headers' => ['trace' => str_repeat('t', 300)]];
    $bus->dispatch($message, static fn (array $m): bool => true);
}
