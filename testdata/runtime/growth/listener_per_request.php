<?php
// Every request adds a listener to the application-wide event dispatcher.

final class Dispatcher
{
    private array $listeners = [];

    public function listen(string $event, Closure $listener): void
    {
        $this->listeners[$event][] = $listener; // leak
    }

    public function dispatch(string $event, array $payload): void
    {
        foreach ($this->listeners[$event] ?? [] as $listener) {
            $listener($payload);
        }
    }
}

final class Application
{
    public readonly Dispatcher $events;

    public function __construct()
    {
        $this->events = new Dispatcher();
    }
}

final class CheckoutController
{
    public function __construct(private Application $app) {}

    public function handle(array $request): string
    {
        $orderId = $request['order'];
        $note = str_repeat('ship fast ', 30);
        $this->app->events->listen('order.paid', static function (array $payload) use ($orderId, $note): void { // leak
            if ($payload['order'] === $orderId) {
                strlen($note);
            }
        });
        $this->app->events->dispatch('order.paid', ['order' => $orderId]);
        return 'ok';
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$app = new Application();
for ($i = 0; $i < $n; $i++) {
    (new CheckoutController($app))->handle(['order' => "ord-{$i}"]);
}
