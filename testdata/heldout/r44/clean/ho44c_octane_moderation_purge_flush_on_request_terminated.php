<?php

// moderation-api: Octane app used by the trust & safety console. Taking a
// photo down must also evict every cached copy from the CDN.

namespace Illuminate\Container {
    class Container
    {
        protected static ?Container $instance = null;
        protected array $bindings = [];
        protected array $instances = [];

        public static function getInstance(): static
        {
            return static::$instance ??= new static();
        }

        public static function setInstance(?Container $container): void
        {
            static::$instance = $container;
        }

        public function singleton(string $abstract, \Closure $concrete): void
        {
            $this->bindings[$abstract] = $concrete;
        }

        public function instance(string $abstract, mixed $instance): mixed
        {
            return $this->instances[$abstract] = $instance;
        }

        public function make(string $abstract): mixed
        {
            if (isset($this->instances[$abstract])) {
                return $this->instances[$abstract];
            }
            if (!isset($this->bindings[$abstract])) {
                return $this->build($abstract);
            }

            return $this->instances[$abstract] = ($this->bindings[$abstract])($this);
        }

        public function build(string $concrete): object
        {
            $constructor = (new \ReflectionClass($concrete))->getConstructor();
            $dependencies = [];
            foreach ($constructor?->getParameters() ?? [] as $parameter) {
                $dependencies[] = $this->make($parameter->getType()->getName());
            }

            return new $concrete(...$dependencies);
        }
    }
}

namespace Illuminate\Events {
    class Dispatcher
    {
        /** @var array<string, list<callable|string>> */
        protected array $listeners = [];

        public function listen(string $event, callable|string $listener): void
        {
            $this->listeners[$event][] = $listener;
        }

        public function dispatch(object $event): void
        {
            foreach ($this->listeners[$event::class] ?? [] as $listener) {
                if (is_string($listener)) {
                    $listener = [\Illuminate\Container\Container::getInstance()->make($listener), 'handle'];
                }
                $listener($event);
            }
        }
    }
}

namespace Illuminate\Http {
    class Request
    {
        public function __construct(public string $method, public string $path, public array $input = [], public array $headers = [])
        {
        }

        public static function create(string $uri, string $method = 'GET', array $parameters = [], array $headers = []): static
        {
            return new static(strtoupper($method), trim($uri, '/'), $parameters, $headers);
        }

        public function input(string $key, mixed $default = null): mixed
        {
            return $this->input[$key] ?? $default;
        }

        public function header(string $key, ?string $default = null): ?string
        {
            return $this->headers[$key] ?? $default;
        }
    }

    class JsonResponse
    {
        public function __construct(public array $data = [], public int $status = 200)
        {
        }
    }
}

namespace Illuminate\Support {
    abstract class ServiceProvider
    {
        public function __construct(protected \Illuminate\Foundation\Application $app)
        {
        }

        public function register(): void
        {
        }

        public function boot(): void
        {
        }
    }
}

namespace Illuminate\Foundation {
    use Illuminate\Container\Container;
    use Illuminate\Events\Dispatcher;
    use Illuminate\Http\JsonResponse;
    use Illuminate\Http\Request;

    class Application extends Container
    {
        /** @var list<\Illuminate\Support\ServiceProvider> */
        protected array $providers = [];

        /** @var array<string, array{0: class-string, 1: string}> "METHOD pattern" => action */
        public array $routes = [];

        public function __construct(public array $config)
        {
            static::setInstance($this);
            $this->instance('app', $this);
            $this->instance('events', new Dispatcher());
        }

        public function register(string $provider): void
        {
            $this->providers[] = $instance = new $provider($this);
            $instance->register();
        }

        public function boot(): void
        {
            foreach ($this->providers as $provider) {
                $provider->boot();
            }
        }

        public function handle(Request $request): JsonResponse
        {
            foreach ($this->routes as $route => [$controller, $method]) {
                [$verb, $pattern] = explode(' ', $route, 2);
                if ($verb === $request->method && preg_match($pattern, $request->path, $m)) {
                    return $this->make($controller)->{$method}($request, ...array_slice($m, 1));
                }
            }

            return new JsonResponse(['message' => 'Not Found'], 404);
        }
    }
}

namespace Laravel\Octane\Events {
    use Illuminate\Foundation\Application;
    use Illuminate\Http\JsonResponse;
    use Illuminate\Http\Request;

    class RequestReceived
    {
        public function __construct(public Application $app, public Application $sandbox, public Request $request)
        {
        }
    }

    class RequestTerminated
    {
        public function __construct(public Application $app, public Application $sandbox, public Request $request, public JsonResponse $response)
        {
        }
    }
}

namespace Laravel\Octane {
    use Illuminate\Foundation\Application;
    use Illuminate\Http\Request;
    use Laravel\Octane\Events\RequestReceived;
    use Laravel\Octane\Events\RequestTerminated;

    class Worker
    {
        public function __construct(protected Application $app)
        {
        }

        public function boot(): void
        {
            foreach ($this->app->config['octane']['listeners'] ?? [] as $event => $listeners) {
                foreach ($listeners as $listener) {
                    $this->app->make('events')->listen($event, $listener);
                }
            }
            $this->app->boot();
        }

        public function handle(Request $request): void
        {
            $events = $this->app->make('events');
            $events->dispatch(new RequestReceived($this->app, $this->app, $request));
            $response = $this->app->handle($request);
            // response is written to the client here, then:
            $events->dispatch(new RequestTerminated($this->app, $this->app, $request, $response));
        }

        public function serve(callable $nextRequest): void
        {
            $maxRequests = (int) (getenv('PHPLEAK_N') ?: 100);
            for ($i = 0; $i < $maxRequests; $i++) {
                $this->handle($nextRequest($i));
            }
        }
    }
}

namespace App\Cdn {
    final class FastlyClient
    {
        private int $calls = 0;

        public function __construct(private string $serviceId, private string $token)
        {
        }

        /** POST /service/{id}/purge with a Surrogate-Key header, soft purge. */
        public function purgeKeys(array $keys): void
        {
            $header = implode(' ', $keys);
            $this->calls += strlen($header) > 0 ? 1 : 0;
        }
    }

    final class DeferredPurger
    {
        private const MAX_KEYS_PER_CALL = 256;

        public function __construct(private FastlyClient $fastly)
        {
        }

        public function flush(): void
        {
            $keys = array_values(array_unique($GLOBALS['__cdn_deferred_purges'] ?? []));
            $GLOBALS['__cdn_deferred_purges'] = [];

            foreach (array_chunk($keys, self::MAX_KEYS_PER_CALL) as $batch) {
                $this->fastly->purgeKeys($batch);
            }
        }
    }
}

namespace App\Moderation {
    final class PhotoRecord
    {
        public function __construct(
            public readonly string $id,
            public readonly string $ownerId,
            public readonly string $albumId,
            public string $status = 'visible',
            public ?string $removalReason = null,
        ) {
        }
    }

    final class PhotoRepository
    {
        public function find(string $id): ?PhotoRecord
        {
            // SELECT id, owner_id, album_id, status FROM photos WHERE id = ?
            $h = crc32($id);

            return new PhotoRecord($id, 'u' . ($h % 500000), 'a' . ($h % 90000));
        }

        public function save(PhotoRecord $photo): void
        {
            // UPDATE photos SET status = ?, removal_reason = ? WHERE id = ?
        }
    }
}

namespace App\Http\Controllers {
    use App\Moderation\PhotoRepository;
    use Illuminate\Http\JsonResponse;
    use Illuminate\Http\Request;

    use function cdn_purge_later;

    final class TakedownController
    {
        private const RENDITIONS = ['xs', 'sm', 'md', 'lg', 'xl'];
        private const REASONS = ['nudity', 'violence', 'copyright', 'spam', 'other'];

        public function __construct(private PhotoRepository $photos)
        {
        }

        public function store(Request $request, string $photoId): JsonResponse
        {
            $photo = $this->photos->find($photoId);
            if ($photo === null) {
                return new JsonResponse(['message' => 'Not Found'], 404);
            }

            $reason = in_array($request->input('reason'), self::REASONS, true) ? $request->input('reason') : 'other';
            $photo->status = 'removed';
            $photo->removalReason = $reason;
            $this->photos->save($photo);

            // Purged in one batch once the response has gone out.
            cdn_purge_later("photo/{$photo->id}", "photo/{$photo->id}/original");
            foreach (self::RENDITIONS as $rendition) {
                cdn_purge_later("photo/{$photo->id}/{$rendition}");
            }
            cdn_purge_later("album/{$photo->albumId}/grid", "user/{$photo->ownerId}/feed");

            return new JsonResponse(['id' => $photo->id, 'status' => $photo->status, 'reason' => $reason], 202);
        }
    }
}

namespace App\Providers {
    use App\Cdn\DeferredPurger;
    use App\Cdn\FastlyClient;
    use Illuminate\Support\ServiceProvider;

    final class CdnServiceProvider extends ServiceProvider
    {
        public function register(): void
        {
            $this->app->singleton(FastlyClient::class, static fn ($app) => new FastlyClient(
                $app->config['services']['fastly']['service_id'],
                $app->config['services']['fastly']['token'],
            ));
            $this->app->singleton(DeferredPurger::class, static fn ($app) => new DeferredPurger($app->make(FastlyClient::class)));
        }

        public function boot(): void
        {
            // Send whatever the request queued once the response is out.
            $this->app->make('events')->listen(\Laravel\Octane\Events\RequestTerminated::class, static fn () => app(DeferredPurger::class)->flush());
        }
    }
}

namespace {
    use App\Http\Controllers\TakedownController;
    use App\Providers\CdnServiceProvider;
    use Illuminate\Container\Container;
    use Illuminate\Foundation\Application;
    use Illuminate\Http\Request;
    use Laravel\Octane\Worker;

    function app(?string $abstract = null): mixed
    {
        return $abstract === null ? Container::getInstance() : Container::getInstance()->make($abstract);
    }

    /** Queue surrogate keys for a batched CDN purge at the end of the request. */
    function cdn_purge_later(string ...$keys): void
    {
        foreach ($keys as $key) {
            $GLOBALS['__cdn_deferred_purges'][] = $key;
        }
    }

    $app = new Application([
        'services' => ['fastly' => ['service_id' => 'SU1Z0isxPaozGVKXdv0eY', 'token' => 'fastly-token-redacted']],
        'octane' => ['listeners' => []],
    ]);
    $app->register(CdnServiceProvider::class);
    $app->routes['POST #^moderation/photos/([a-f0-9]{32})/takedown$#'] = [TakedownController::class, 'store'];

    $worker = new Worker($app);
    $worker->boot();

    $worker->serve(static function (int $i): Request {
        return Request::create(
            '/moderation/photos/' . md5('photo-' . $i) . '/takedown',
            'POST',
            ['reason' => ['nudity', 'copyright', 'spam', 'violence'][$i % 4], 'note' => 'queue item #' . $i],
            ['X-Moderator' => 'mod-' . ($i % 12)],
        );
    });
}
