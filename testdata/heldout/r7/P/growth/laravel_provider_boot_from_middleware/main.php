<?php
// An HTTP kernel whose first middleware boots the application's service providers before each request is handled.

require __DIR__ . '/Foundation.php';
require __DIR__ . '/Providers.php';

final class BootProviders
{
    public function __construct(private Application $app) {}

    public function handle(array $request, Closure $next): array
    {
        $this->app->boot();
        return $next($request);
    }
}

final class ShipmentController
{
    public function __construct(private Dispatcher $events) {}

    public function ship(array $request): array
    {
        $this->events->dispatch(new OrderShipped($request['order'], $request['email']));
        return ['status' => 202];
    }
}

final class HttpKernel
{
    public function __construct(private Application $app, private array $middleware) {}

    public function handle(array $request): array
    {
        $controller = new ShipmentController($this->app->make(Dispatcher::class));
        $pipeline = array_reduce(
            array_reverse($this->middleware),
            fn (Closure $next, object $mw) => fn (array $req) => $mw->handle($req, $next),
            fn (array $req) => $controller->ship($req),
        );
        return $pipeline($request);
    }
}

$app = new Application();
$app->register(new MailServiceProvider($app));
$app->register(new EventServiceProvider($app));
$kernel = new HttpKernel($app, [new BootProviders($app)]);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $kernel->handle(['order' => 5000 + $i, 'email' => "buyer{$i}@example.com"]);
}
