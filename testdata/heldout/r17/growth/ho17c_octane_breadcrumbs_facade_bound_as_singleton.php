<?php

declare(strict_types=1);

namespace Framework;

use Closure;

/** Tiny stand-in of the Laravel container as Octane keeps it between requests. */
class Application
{
    /** @var array<string, array{factory: Closure, shared: bool}> */
    private array $bindings = [];

    /** @var array<string, object> */
    private array $instances = [];

    /** @var list<string> */
    private array $scopedInstances = [];

    public function singleton(string $abstract, Closure $factory): void
    {
        $this->bindings[$abstract] = ['factory' => $factory, 'shared' => true];
    }

    public function scoped(string $abstract, Closure $factory): void
    {
        $this->scopedInstances[] = $abstract;
        $this->singleton($abstract, $factory);
    }

    public function make(string $abstract): object
    {
        if (isset($this->instances[$abstract])) {
            return $this->instances[$abstract];
        }
        $binding = $this->bindings[$abstract];
        $object = ($binding['factory'])($this);
        if ($binding['shared']) {
            $this->instances[$abstract] = $object;
        }

        return $object;
    }

    public function forgetScopedInstances(): void
    {
        foreach ($this->scopedInstances as $abstract) {
            unset($this->instances[$abstract]);
        }
    }
}

abstract class Facade
{
    protected static ?Application $app = null;

    /** @var array<string, object> */
    protected static array $resolvedInstance = [];

    abstract protected static function getFacadeAccessor(): string;

    public static function setFacadeApplication(Application $app): void
    {
        static::$app = $app;
    }

    public static function clearResolvedInstances(): void
    {
        static::$resolvedInstance = [];
    }

    public static function __callStatic(string $method, array $args): mixed
    {
        $name = static::getFacadeAccessor();
        $instance = static::$resolvedInstance[$name] ??= static::$app->make($name);

        return $instance->$method(...$args);
    }
}

namespace App\Navigation;

final class Crumb
{
    public function __construct(
        public readonly string $label,
        public readonly string $url,
        public readonly array $meta = [],
    ) {
    }
}

final class BreadcrumbTrail
{
    /** @var list<Crumb> */
    private array $crumbs = [];

    public function push(string $label, string $url, array $meta = []): static
    {
        $this->crumbs[] = new Crumb($label, $url, $meta); // leak

        return $this;
    }

    /** @return list<Crumb> */
    public function all(): array
    {
        return $this->crumbs;
    }
}

/** @method static BreadcrumbTrail push(string $label, string $url, array $meta = []) */
final class Breadcrumbs extends \Framework\Facade
{
    protected static function getFacadeAccessor(): string
    {
        return BreadcrumbTrail::class;
    }
}

final class NavigationServiceProvider
{
    public function register(\Framework\Application $app): void
    {
        $app->singleton(BreadcrumbTrail::class, fn () => new BreadcrumbTrail());
    }
}

namespace App\Http\Controllers;

use App\Navigation\Breadcrumbs;

final class ProductController
{
    /** @param array{category: string, slug: string, id: int} $route */
    public function show(array $route): string
    {
        Breadcrumbs::push('Home', '/');
        Breadcrumbs::push(ucwords(str_replace('-', ' ', $route['category'])), "/c/{$route['category']}");
        Breadcrumbs::push(ucwords(str_replace('-', ' ', $route['slug'])), "/p/{$route['id']}-{$route['slug']}", ['product_id' => $route['id']]);

        $html = '';
        foreach (Breadcrumbs::all() as $crumb) {
            $html .= sprintf('<li><a href="%s">%s</a></li>', htmlspecialchars($crumb->url), htmlspecialchars($crumb->label));
        }

        return "<ol class=\"breadcrumb\">{$html}</ol>";
    }
}

namespace App;

use App\Http\Controllers\ProductController;
use App\Navigation\NavigationServiceProvider;
use Framework\Application;
use Framework\Facade;

$n = (int) (getenv('PHPLEAK_N') ?: 100);

$app = new Application();
Facade::setFacadeApplication($app);
(new NavigationServiceProvider())->register($app);
$controller = new ProductController();

// Octane worker loop: one application, many requests.
for ($i = 0; $i < $n; $i++) {
    $response = $controller->show([
        'category' => ['office-chairs', 'standing-desks', 'monitor-arms'][$i % 3],
        'slug' => "ergonomic-mesh-task-chair-with-headrest-{$i}",
        'id' => 10_000 + $i,
    ]);
    unset($response);

    // What Octane's RequestTerminated listeners do.
    $app->forgetScopedInstances();
    Facade::clearResolvedInstances();
}
