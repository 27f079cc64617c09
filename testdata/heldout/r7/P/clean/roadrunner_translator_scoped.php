<?php
// A RoadRunner-style worker resolves a request-scoped translator from the container; a locale middleware adds the tenant's message overrides to it before the controller renders.

final class Container
{
    private array $factories = [];
    private array $shared = [];
    private array $scoped = [];
    private array $instances = [];

    public function singleton(string $id, Closure $factory): void { $this->factories[$id] = $factory; $this->shared[$id] = true; }
    public function scoped(string $id, Closure $factory): void { $this->factories[$id] = $factory; $this->scoped[$id] = true; }
    public function bind(string $id, Closure $factory): void { $this->factories[$id] = $factory; }

    public function make(string $id): object
    {
        if (isset($this->instances[$id])) {
            return $this->instances[$id];
        }
        $object = ($this->factories[$id])($this);
        if (isset($this->shared[$id]) || isset($this->scoped[$id])) {
            $this->instances[$id] = $object;
        }
        return $object;
    }

    public function forgetScopedInstances(): void
    {
        foreach ($this->scoped as $id => $_) {
            unset($this->instances[$id]);
        }
    }
}

final class Translator
{
    private array $catalogues = [];

    public function __construct(private string $fallbackLocale) {}

    public function addResource(string $locale, array $messages, string $domain = 'messages'): void
    {
        $this->catalogues[$locale][] = [$domain, $messages];
    }

    public function trans(string $id, string $locale): string
    {
        foreach (array_reverse($this->catalogues[$locale] ?? []) as [, $messages]) {
            if (isset($messages[$id])) {
                return $messages[$id];
            }
        }
        return $id;
    }
}

final class TenantLocaleMiddleware
{
    public function __construct(private Container $container) {}

    public function handle(array $request, Closure $next): string
    {
        $this->container->make(Translator::class)->addResource($request['locale'], [
            'checkout.title' => 'Checkout at ' . $request['tenant'],
            'checkout.footer' => sprintf('%s GmbH · support@%s.example', ucfirst($request['tenant']), $request['tenant']),
            'cart.empty' => 'Your ' . $request['tenant'] . ' basket is empty',
        ], 'tenant');
        return $next($request);
    }
}

final class CheckoutController
{
    public function __invoke(Container $container, array $request): string
    {
        return '<h1>' . $container->make(Translator::class)->trans('checkout.title', $request['locale']) . '</h1>';
    }
}

final class FakeWorker
{
    private int $i = 0;
    public function __construct(private int $limit) {}

    public function waitRequest(): ?array
    {
        $i = $this->i++;
        return $i < $this->limit ? ['path' => '/checkout', 'locale' => 'de', 'tenant' => 'shop' . ($i % 7)] : null;
    }

    public function respond(string $body): void {}
}

$container = new Container();
$container->scoped(Translator::class, fn () => new Translator('en'));
$middleware = new TenantLocaleMiddleware($container);
$controller = new CheckoutController();

$worker = new FakeWorker((int) (getenv('PHPLEAK_N') ?: 100));
while ($req = $worker->waitRequest()) {
    $body = $middleware->handle($req, fn (array $r) => $controller($container, $r));
    $worker->respond($body);
    $container->forgetScopedInstances();
}
