<?php
namespace Illuminate\Support {
    abstract class ServiceProvider
    {
        public function __construct(protected \Illuminate\Foundation\Application $app)
        {
        }

        public function register(): void
        {
        }
    }
}

namespace Illuminate\Foundation {
    use Illuminate\Container\Container;

    class Application extends Container
    {
        /** @var \Illuminate\Support\ServiceProvider[] */
        protected array $serviceProviders = [];
        protected bool $booted = false;

        public function __construct(protected string $basePath)
        {
            static::setInstance($this);
        }

        public function basePath(string $path = ''): string
        {
            return $this->basePath . ($path !== '' ? '/' . $path : '');
        }

        public function register(string $provider): void
        {
            $instance = new $provider($this);
            $instance->register();
            $this->serviceProviders[] = $instance;
        }

        public function boot(): void
        {
            if ($this->booted) {
                return;
            }
            foreach ($this->serviceProviders as $provider) {
                if (method_exists($provider, 'boot')) {
                    $provider->boot();
                }
            }
            $this->booted = true;
        }
    }
}

namespace Illuminate\Foundation\Http {
    use Illuminate\Http\Request;
    use Illuminate\Http\Response;

    class Kernel
    {
        /** @var string[] */
        protected array $middleware = [];
        /** @var array<string, array{0: class-string, 1: string}> */
        protected array $routes = [];

        public function handle(Request $request): Response
        {
            $destination = function (Request $request): Response {
                [$class, $method] = $this->routes[$request->path()] ?? [null, null];
                if ($class === null) {
                    return new Response('Not Found', 404);
                }
                $result = app($class)->$method($request);
                return $result instanceof Response ? $result : new Response(json_encode($result), 200, ['Content-Type' => 'application/json']);
            };
            $pipeline = array_reduce(
                array_reverse($this->middleware),
                fn (\Closure $next, string $middleware) => fn (Request $request) => app($middleware)->handle($request, $next),
                $destination,
            );
            return $pipeline($request);
        }

        public function terminate(Request $request, Response $response): void
        {
        }
    }
}
