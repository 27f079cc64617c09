<?php
// A storefront worker generates absolute product and search links through a router-backed URL generator that memoizes compiled routes.

declare(strict_types=1);

namespace Storefront\Routing;

final class Route
{
    /** @var string */
    private $path;
    /** @var array<string, string> */
    private $requirements;

    public function __construct(string $path, array $requirements = [])
    {
        $this->path = $path;
        $this->requirements = $requirements;
    }

    public function getPath(): string
    {
        return $this->path;
    }

    public function getRequirement(string $name): ?string
    {
        return $this->requirements[$name] ?? null;
    }

    /** @return list<string> */
    public function getVariables(): array
    {
        preg_match_all('/\{(\w+)\}/', $this->path, $m);

        return $m[1];
    }
}

final class RouteCollection implements \IteratorAggregate
{
    /** @var array<string, Route> */
    private array $routes = [];

    public function add(string $name, Route $route): self
    {
        $this->routes[$name] = $route;

        return $this;
    }

    public function get(string $name): ?Route
    {
        return $this->routes[$name] ?? null;
    }

    public function getIterator(): \ArrayIterator
    {
        return new \ArrayIterator($this->routes);
    }
}

final class RequestContext
{
    public function __construct(
        public string $scheme = 'https',
        public string $host = 'localhost',
        public string $baseUrl = '',
    ) {
    }
}

interface UrlGeneratorInterface
{
    public const ABSOLUTE_URL = 0;
    public const ABSOLUTE_PATH = 1;

    public function generate(string $name, array $parameters = [], int $referenceType = self::ABSOLUTE_PATH): string;
}

final class UrlGenerator implements UrlGeneratorInterface
{
    /** @var array<string, array{path: string, variables: list<string>, requirements: array<string, ?string>}> */
    private array $compiled = [];

    public function __construct(
        private RouteCollection $routes,
        private RequestContext $context,
    ) {
    }

    public function generate(string $name, array $parameters = [], int $referenceType = self::ABSOLUTE_PATH): string
    {
        $compiled = $this->compiled[$name] ??= $this->compile($name);

        return $this->doGenerate($compiled, $parameters, $referenceType);
    }

    /**
     * @return array{path: string, variables: list<string>, requirements: array<string, ?string>}
     */
    private function compile(string $name): array
    {
        $route = $this->routes->get($name) ?? throw new \InvalidArgumentException(sprintf('Route "%s" does not exist.', $name));
        $variables = $route->getVariables();
        $requirements = [];
        foreach ($variables as $variable) {
            $requirements[$variable] = $route->getRequirement($variable);
        }

        return ['path' => $route->getPath(), 'variables' => $variables, 'requirements' => $requirements];
    }

    private function doGenerate(array $compiled, array $parameters, int $referenceType): string
    {
        $path = $compiled['path'];
        foreach ($compiled['variables'] as $variable) {
            if (!array_key_exists($variable, $parameters)) {
                throw new \InvalidArgumentException(sprintf('Missing parameter "%s".', $variable));
            }
            $value = (string) $parameters[$variable];
            $requirement = $compiled['requirements'][$variable];
            if ($requirement !== null && !preg_match('#^' . $requirement . '$#', $value)) {
                throw new \InvalidArgumentException(sprintf('Parameter "%s" must match "%s".', $variable, $requirement));
            }
            $path = str_replace('{' . $variable . '}', rawurlencode($value), $path);
            unset($parameters[$variable]);
        }
        $url = $this->context->baseUrl . $path;
        if ($parameters !== []) {
            $url .= '?' . http_build_query($parameters, '', '&', PHP_QUERY_RFC3986);
        }
        if ($referenceType === self::ABSOLUTE_URL) {
            $url = $this->context->scheme . '://' . $this->context->host . $url;
        }

        return $url;
    }
}

final class SearchController
{
    public function __construct(private UrlGeneratorInterface $urls)
    {
    }

    /** @return array<string, mixed> */
    public function search(string $query, int $page): array
    {
        $links = [
            'self' => $this->urls->generate('search', ['q' => $query, 'page' => $page, 'utm_source' => 'site-search', 'utm_medium' => 'organic', 'utm_campaign' => 'spring-sale-2024', 'utm_content' => 'header-searchbox-variant-b'], UrlGeneratorInterface::ABSOLUTE_URL),
            'next' => $this->urls->generate('search', ['q' => $query, 'page' => $page + 1, 'utm_source' => 'site-search', 'utm_medium' => 'organic', 'utm_campaign' => 'spring-sale-2024', 'utm_content' => 'header-searchbox-variant-b'], UrlGeneratorInterface::ABSOLUTE_URL),
            'product' => $this->urls->generate('product_show', ['slug' => 'trail-running-shoe', 'id' => 4711]),
        ];

        return ['query' => $query, 'links' => $links];
    }
}

$routes = (new RouteCollection())
    ->add('home', new Route('/'))
    ->add('search', new Route('/search'))
    ->add('product_show', new Route('/p/{slug}-{id}', ['id' => '\d+']))
    ->add('category', new Route('/c/{path}', ['path' => '[a-z0-9/-]+']));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$controller = new SearchController(new UrlGenerator($routes, new RequestContext('https', 'shop.example.com', '/de')));
for ($i = 0; $i < $n; $i++) {
    $controller->search('waterproof hiking boots size ' . $i, 1 + $i % 5);
}
