<?php
// Stripped-down Illuminate Macroable trait, Str helper, request and HTTP kernel.

namespace Illuminate\Support\Traits {
    trait Macroable
    {
        protected static array $macros = [];

        public static function macro(string $name, callable $macro): void
        {
            static::$macros[$name] = $macro;
        }

        public static function hasMacro(string $name): bool
        {
            return isset(static::$macros[$name]);
        }

        public static function __callStatic(string $method, array $parameters): mixed
        {
            if (!static::hasMacro($method)) {
                throw new \BadMethodCallException("Method {$method} does not exist.");
            }
            return (static::$macros[$method])(...$parameters);
        }
    }
}

namespace Illuminate\Support {
    final class Str
    {
        use Traits\Macroable;

        public static function slug(string $title): string
        {
            return strtolower(trim(preg_replace('/[^A-Za-z0-9]+/', '-', $title), '-'));
        }
    }
}

namespace Illuminate\Http {
    final class Request
    {
        public array $attributes = [];
        public function __construct(public string $host, public string $path) {}
    }
}

namespace Illuminate\Foundation\Http {
    use Illuminate\Http\Request;

    class Kernel
    {
        public function __construct(private array $middleware, private \Closure $router) {}

        public function handle(Request $request): string
        {
            $next = $this->router;
            foreach (array_reverse($this->middleware) as $mw) {
                $next = static fn (Request $r) => $mw->handle($r, $next);
            }
            return $next($request);
        }
    }
}
