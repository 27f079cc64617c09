<?php
// Listeners are objects, kept in a global table under their object hash
// so that one object is never registered twice. The order service adds a
// new mailer listener for every order it saves.

function listen(string $event, object $listener): void
{
    $GLOBALS['event_listeners'][$event][spl_object_hash($listener)] = $listener; // leak
}

function dispatch(string $event, array $payload): void
{
    foreach ($GLOBALS['event_listeners'][$event] ?? [] as $listener) {
        $listener->handle($payload);
    }
}

final class OrderMailer
{
    public function __construct(private array $order)
    {
    }

    public function handle(array $payload): void
    {
        $this->order['sent'] = $payload['at'];
    }
}

final class OrderService
{
    public function save(array $order): void
    {
        listen('order.saved', new OrderMailer($order)); // leak
        dispatch('order.saved', ['at' => microtime(true)]);
    }
}

$service = new OrderService();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $service->save(['id' => $i, 'customer' => str_repeat("customer-{$i} ", 40)]);
}
