<?php

declare(strict_types=1);

namespace Illuminate\Http {

    use Closure;

    class Request
    {
        private ?Closure $userResolver = null;
        private ?object $resolvedUser = null;

        public function __construct(
            public readonly string $method,
            public readonly string $path,
            public readonly array $headers,
            public readonly array $query,
        ) {
            $this->setUserResolver($this->defaultUserResolver());
        }

        public function header(string $key, ?string $default = null): ?string
        {
            return $this->headers[strtolower($key)] ?? $default;
        }

        public function setUserResolver(Closure $resolver): static
        {
            $this->userResolver = $resolver;

            return $this;
        }

        public function user(): ?object
        {
            return $this->resolvedUser ??= ($this->userResolver)($this);
        }

        private function defaultUserResolver(): Closure
        {
            return static function (self $request): ?object {
                $token = $request->header('authorization');
                if ($token === null || !str_starts_with($token, 'Bearer ')) {
                    return null;
                }

                return \App\Auth\TokenGuard::userFromToken(substr($token, 7));
            };
        }
    }
}

namespace Laravel\Octane {

    use Illuminate\Http\Request;

    interface Client
    {
        public function marshalRequest(int $sequence): Request;

        public function respond(int $status, string $content): void;
    }

    final class FakeRoadRunnerClient implements Client
    {
        private string $lastContent = '';

        public function marshalRequest(int $sequence): Request
        {
            return new Request('GET', '/api/profile', [
                'authorization' => 'Bearer ' . hash('sha256', 'token-' . $sequence),
                'accept' => 'application/json',
                'user-agent' => 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36',
            ], ['include' => 'preferences']);
        }

        public function respond(int $status, string $content): void
        {
            $this->lastContent = $content;
        }
    }

    final class Worker
    {
        public function __construct(private Client $client, private \Closure $kernel)
        {
        }

        public function run(): void
        {
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            for ($i = 0; $i < $n; $i++) {
                $request = $this->client->marshalRequest($i);
                [$status, $content] = ($this->kernel)($request);
                $this->client->respond($status, $content);
            }
        }
    }
}

namespace App\Auth {

    final class User
    {
        public function __construct(
            public readonly string $id,
            public readonly string $name,
            public readonly array $preferences,
        ) {
        }
    }

    final class TokenGuard
    {
        public static function userFromToken(string $token): User
        {
            return new User(
                substr($token, 0, 12),
                'Account ' . strtoupper(substr($token, 12, 8)),
                ['theme' => 'dark', 'locale' => 'en_GB', 'digest' => str_repeat(substr($token, 0, 32), 8)]
            );
        }
    }
}

namespace {

    use Illuminate\Http\Request;
    use Laravel\Octane\FakeRoadRunnerClient;
    use Laravel\Octane\Worker;

    $kernel = static function (Request $request): array {
        $user = $request->user();
        if ($user === null) {
            return [401, '{"message":"Unauthenticated."}'];
        }

        return [200, json_encode(['id' => $user->id, 'name' => $user->name, 'prefs' => $user->preferences])];
    };

    (new Worker(new FakeRoadRunnerClient(), $kernel))->run();
}
