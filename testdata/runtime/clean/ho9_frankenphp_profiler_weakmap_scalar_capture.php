<?php
// A FrankenPHP worker-mode script records a profile for each request in a WeakMap keyed by the request object.

namespace App\Http {
    final class Request
    {
        public function __construct(public readonly string $method, public readonly string $uri, public readonly array $headers) {}

        public static function createFromGlobals(int $seq): self
        {
            return new self('GET', "/reports/{$seq}?format=pdf", ['accept' => 'application/pdf', 'user-agent' => str_repeat('Mozilla/5.0 ', 8)]);
        }
    }
}

namespace App\Profiler {
    use App\Http\Request;

    final class Profile
    {
        public array $timings = [];
        public function __construct(public readonly string $token, public readonly \Closure $describe) {}
    }

    final class Profiler
    {
        private \WeakMap $profiles;

        public function __construct()
        {
            $this->profiles = new \WeakMap();
        }

        public function start(Request $request): Profile
        {
            $method = $request->method;
            $uri = $request->uri;
            $accept = $request->headers['accept'];
            $describe = function () use ($method, $uri, $accept): string {
                return sprintf('%s %s (%s)', $method, $uri, $accept);
            };

            return $this->profiles[$request] = new Profile(bin2hex(random_bytes(8)), $describe);
        }

        public function profileOf(Request $request): ?Profile
        {
            return $this->profiles[$request] ?? null;
        }
    }
}

namespace {
    use App\Http\Request;
    use App\Profiler\Profiler;

    function frankenphp_handle_request(callable $handler): bool
    {
        static $seq = 0;
        $handler(++$seq);
        return true;
    }

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $profiler = new Profiler();
    $handler = static function (int $seq) use ($profiler): void {
        $request = Request::createFromGlobals($seq);
        $profile = $profiler->start($request);
        $profile->timings['controller'] = 0.004;
        $profile->timings['render'] = 0.012;
    };

    for ($nb = 0; $nb < $n; $nb++) {
        if (!frankenphp_handle_request($handler)) {
            break;
        }
        gc_collect_cycles();
    }
}
