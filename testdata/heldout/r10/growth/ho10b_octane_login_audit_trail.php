<?php

declare(strict_types=1);

namespace Illuminate\Foundation {
    class Application
    {
        protected array $instances = [];

        public function instance(string $abstract, object $instance): object
        {
            return $this->instances[$abstract] = $instance;
        }

        public function make(string $abstract): object
        {
            return $this->instances[$abstract] ??= new $abstract($this);
        }

        public function runningInConsole(): bool
        {
            if (isset($_ENV['APP_RUNNING_IN_CONSOLE'])) {
                return $_ENV['APP_RUNNING_IN_CONSOLE'] === 'true';
            }

            return PHP_SAPI === 'cli' || PHP_SAPI === 'phpdbg';
        }

        public function runningInOctane(): bool
        {
            return isset($_SERVER['LARAVEL_OCTANE']) && (int) $_SERVER['LARAVEL_OCTANE'] === 1;
        }
    }
}

namespace Illuminate\Http {
    class Request
    {
        public function __construct(public readonly string $path, public readonly array $input, public readonly array $server)
        {
        }

        public function ip(): string
        {
            return $this->server['REMOTE_ADDR'] ?? '127.0.0.1';
        }

        public function userAgent(): string
        {
            return $this->server['HTTP_USER_AGENT'] ?? '';
        }
    }

    class JsonResponse
    {
        public function __construct(public readonly array $data, public readonly int $status = 200)
        {
        }
    }
}

namespace App\Security {
    use Illuminate\Foundation\Application;

    final class LoginAttempt
    {
        public function __construct(
            public readonly string $email,
            public readonly bool $successful,
            public readonly string $ip,
            public readonly string $userAgent,
            public readonly array $geo,
        ) {
        }
    }

    final class AuditTrail
    {
        private const KEEP = 40;

        /** @var list<LoginAttempt> */
        private array $attempts = [];

        public function __construct(private Application $app)
        {
        }

        public function record(LoginAttempt $attempt): void
        {
            $this->attempts[] = $attempt; // leak

            // artisan commands print the whole trail in their summary, so only cap it for HTTP
            if (! $this->app->runningInConsole()) {
                while (count($this->attempts) > self::KEEP) {
                    array_shift($this->attempts);
                }
            }
        }

        /** @return list<LoginAttempt> */
        public function recentFailuresFor(string $email): array
        {
            return array_values(array_filter($this->attempts, fn (LoginAttempt $a) => !$a->successful && $a->email === $email));
        }
    }
}

namespace App\Http\Controllers {
    use App\Security\AuditTrail;
    use App\Security\LoginAttempt;
    use Illuminate\Http\JsonResponse;
    use Illuminate\Http\Request;

    final class LoginController
    {
        /** @var array<string, string> */
        private array $users = [];

        public function __construct(private AuditTrail $audit)
        {
            for ($u = 0; $u < 30; $u++) {
                $this->users["user$u@example.net"] = hash('sha256', "secret-$u");
            }
        }

        public function __invoke(Request $request): JsonResponse
        {
            $email = strtolower(trim($request->input['email'] ?? ''));
            $ok = isset($this->users[$email]) && hash_equals($this->users[$email], hash('sha256', $request->input['password'] ?? ''));

            $this->audit->record(new LoginAttempt($email, $ok, $request->ip(), $request->userAgent(), [
                'country' => $request->server['HTTP_CF_IPCOUNTRY'] ?? 'ZZ',
                'asn' => $request->server['HTTP_X_ASN'] ?? '',
                'forwarded_for' => $request->server['HTTP_X_FORWARDED_FOR'] ?? '',
            ]));

            if (!$ok && count($this->audit->recentFailuresFor($email)) >= 5) {
                return new JsonResponse(['message' => 'Too many attempts'], 429);
            }

            return new JsonResponse(['authenticated' => $ok], $ok ? 200 : 401);
        }
    }
}

namespace {
    use App\Http\Controllers\LoginController;
    use App\Security\AuditTrail;
    use Illuminate\Foundation\Application;
    use Illuminate\Http\Request;

    // set by the Octane worker bootstrap
    $_SERVER['LARAVEL_OCTANE'] = 1;

    $app = new Application();
    $app->instance(AuditTrail::class, new AuditTrail($app));
    $controller = new LoginController($app->make(AuditTrail::class));

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $u = $i % 30;
        $controller(new Request('/login', [
            'email' => "user$u@example.net",
            'password' => $i % 4 === 0 ? 'wrong-password' : "secret-$u",
        ], [
            'REMOTE_ADDR' => sprintf('192.0.2.%d', $i % 250),
            'HTTP_USER_AGENT' => sprintf('Mozilla/5.0 (iPhone; CPU iPhone OS 17_%d like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MyBankApp/%d.%d.%d', $i % 5, 4 + $i % 3, $i % 20, $i),
            'HTTP_CF_IPCOUNTRY' => ['DE', 'FR', 'NL', 'PL'][$i % 4],
            'HTTP_X_ASN' => sprintf('AS%d Example Transit Networks GmbH', 3320 + $i % 40),
            'HTTP_X_FORWARDED_FOR' => sprintf('198.51.100.%d, 10.10.%d.%d, 172.16.%d.1', $i % 250, $i % 200, ($i * 3) % 250, $i % 32),
        ]));
    }
}
