<?php

declare(strict_types=1);

namespace App\Support {

    trait Macroable
    {
        /** @var array<string, callable> */
        protected static array $macros = [];

        public static function macro(string $name, callable $macro): void
        {
            static::$macros[$name] = $macro;
        }

        public static function hasMacro(string $name): bool
        {
            return isset(static::$macros[$name]);
        }

        public function __call(string $method, array $parameters): mixed
        {
            if (!static::hasMacro($method)) {
                throw new \BadMethodCallException(sprintf('Method %s::%s does not exist.', static::class, $method));
            }

            $macro = static::$macros[$method];
            if ($macro instanceof \Closure) {
                $macro = $macro->bindTo($this, static::class);
            }

            return $macro(...$parameters);
        }
    }

    final class Str
    {
        public static function studly(string $value): string
        {
            return str_replace(' ', '', ucwords(str_replace(['-', '_', '.'], ' ', $value)));
        }
    }
}

namespace App\Http {

    use App\Support\Macroable;

    final class Request
    {
        public function __construct(
            public readonly string $method,
            public readonly string $host,
            public readonly string $path,
            public readonly array $headers = [],
        ) {
        }

        public function subdomain(): string
        {
            return explode('.', $this->host, 2)[0];
        }
    }

    final class ResponseFactory
    {
        use Macroable;

        public function json(array $data, int $status = 200, array $headers = []): Response
        {
            return new Response(json_encode($data, JSON_THROW_ON_ERROR), $status, $headers + ['Content-Type' => 'application/json']);
        }
    }

    final class Response
    {
        public function __construct(
            public string $body,
            public int $status = 200,
            public array $headers = [],
        ) {
        }
    }
}

namespace App\Tenancy {

    use App\Http\Request;
    use App\Http\ResponseFactory;
    use App\Http\Response;
    use App\Support\Str;

    final class Tenant
    {
        public function __construct(
            public readonly string $slug,
            public readonly string $displayName,
            public readonly string $primaryColor,
            public readonly string $logoUrl,
            public readonly array $legalFooter,
        ) {
        }
    }

    final class TenantResolver
    {
        /** @param list<string> $tenants slugs from config/tenancy.php */
        public function __construct(private readonly array $tenants)
        {
        }

        public function fromRequest(Request $request): Tenant
        {
            $slug = in_array($request->subdomain(), $this->tenants, true) ? $request->subdomain() : 'default';

            return new Tenant(
                slug: $slug,
                displayName: ucfirst($slug) . ' Storefront',
                primaryColor: sprintf('#%06x', crc32($slug) & 0xFFFFFF),
                logoUrl: "https://cdn.example.com/tenants/{$slug}/logo.svg",
                legalFooter: [
                    'imprint' => "https://{$request->host}/imprint",
                    'privacy' => "https://{$request->host}/privacy",
                    'copyright' => sprintf('(c) %s %s', date('Y'), ucfirst($slug)),
                ],
            );
        }
    }

    final class BrandingInstaller
    {
        public function install(Tenant $tenant): string
        {
            $macroName = 'branded' . Str::studly($tenant->slug);

            ResponseFactory::macro($macroName, function (array $data, int $status = 200) use ($tenant): Response {
                return $this->json(['brand' => [
                    'name' => $tenant->displayName,
                    'color' => $tenant->primaryColor,
                    'logo' => $tenant->logoUrl,
                ], 'data' => $data, 'legal' => $tenant->legalFooter], $status, ['X-Tenant' => $tenant->slug]);
            });

            return $macroName;
        }
    }

    final class ApplyTenantBranding
    {
        public function __construct(
            private readonly TenantResolver $resolver,
            private readonly BrandingInstaller $installer,
        ) {
        }

        public function handle(Request $request, \Closure $next): Response
        {
            $tenant = $this->resolver->fromRequest($request);
            $request = new Request($request->method, $request->host, $request->path, $request->headers + [
                'X-Brand-Macro' => $this->installer->install($tenant),
            ]);

            return $next($request);
        }
    }
}

namespace App {

    use App\Http\Request;
    use App\Http\Response;
    use App\Http\ResponseFactory;
    use App\Tenancy\ApplyTenantBranding;
    use App\Tenancy\BrandingInstaller;
    use App\Tenancy\TenantResolver;

    final class CatalogController
    {
        public function __construct(private readonly ResponseFactory $responses)
        {
        }

        public function index(Request $request): Response
        {
            $macro = $request->headers['X-Brand-Macro'];

            return $this->responses->{$macro}(['products' => [['sku' => 'A-1', 'price' => 1200]]]);
        }
    }

    final class OctaneWorker
    {
        public function __construct(
            private readonly ApplyTenantBranding $middleware,
            private readonly CatalogController $controller,
        ) {
        }

        public function handle(Request $request): Response
        {
            return $this->middleware->handle($request, fn (Request $r): Response => $this->controller->index($r));
        }
    }

    $worker = new OctaneWorker(
        new ApplyTenantBranding(new TenantResolver(['acme', 'globex', 'initech', 'umbrella']), new BrandingInstaller()),
        new CatalogController(new ResponseFactory()),
    );

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $request = new Request('GET', "shop-{$i}.example.com", '/catalog', ['Accept' => 'application/json']);
        $response = $worker->handle($request);
        unset($request, $response);
    }
}
