<?php

/*
 * RoadRunner PSR-7 worker serving POST /login. Failed attempts are throttled
 * per "account + client" and kept in a short per-key window so the lockout
 * e-mail can list where the recent attempts came from.
 */

namespace Spiral\RoadRunner\Http {
    final class PSR7Worker
    {
        private int $served = 0;

        public function __construct(private int $limit, private \Closure $source)
        {
        }

        public function waitRequest(): ?array
        {
            return $this->served < $this->limit ? ($this->source)($this->served++) : null;
        }

        public function respond(array $response): void
        {
            // written back to the RoadRunner pipe
        }
    }
}

namespace App\Security {
    trait ThrottlesLogins
    {
        /** @var array<string, list<array>> */
        private static array $recentAttempts = [];

        abstract protected function maxAttempts(): int;

        protected function recordFailedAttempt(string $key, array $attempt): void
        {
            $window = self::$recentAttempts[$key] ?? [];
            $window[] = $attempt;
            self::$recentAttempts[$key] = array_slice($window, -$this->maxAttempts()); // leak
        }

        protected function attemptsFor(string $key): array
        {
            return self::$recentAttempts[$key] ?? [];
        }

        protected function hasTooManyLoginAttempts(string $key, int $now, int $decaySeconds): bool
        {
            $recent = array_filter(
                $this->attemptsFor($key),
                static fn (array $a) => $a['at'] > $now - $decaySeconds
            );

            return count($recent) >= $this->maxAttempts();
        }

        protected function clearLoginAttempts(string $key): void
        {
            unset(self::$recentAttempts[$key]);
        }
    }

    final class UserProvider
    {
        /** @var array<string, array{id:int, hash:string}> */
        private array $byEmail = [];

        public function add(int $id, string $email, string $passwordHash): void
        {
            $this->byEmail[$email] = ['id' => $id, 'hash' => $passwordHash];
        }

        public function retrieveByEmail(string $email): ?array
        {
            return $this->byEmail[$email] ?? null;
        }
    }

    final class LoginController
    {
        use ThrottlesLogins;

        public function __construct(private UserProvider $users)
        {
        }

        protected function maxAttempts(): int
        {
            return 5;
        }

        public function login(array $request): array
        {
            $email = $this->normalizeEmail($request['body']['email'] ?? '');
            $key = $this->throttleKey($email, $request['ip']);

            if ($this->hasTooManyLoginAttempts($key, $request['time'], 60)) {
                return ['status' => 429, 'body' => 'Too many login attempts.'];
            }

            $user = $this->users->retrieveByEmail($email);
            if ($user === null || !hash_equals($user['hash'], hash('sha256', $request['body']['password'] ?? ''))) {
                $this->recordFailedAttempt($key, [
                    'at' => $request['time'],
                    'ip' => $request['ip'],
                    'user_agent' => $request['headers']['user-agent'] ?? 'unknown',
                    'email' => $email,
                    'request_id' => $request['headers']['x-request-id'] ?? null,
                ]);

                return ['status' => 422, 'body' => 'These credentials do not match our records.'];
            }

            $this->clearLoginAttempts($key);

            return ['status' => 204, 'body' => ''];
        }

        private function normalizeEmail(string $raw): string
        {
            return strtolower(trim($raw));
        }

        private function throttleKey(string $email, string $ip): string
        {
            return 'login|' . $email . '|' . $ip;
        }
    }
}

namespace {
    use App\Security\LoginController;
    use App\Security\UserProvider;
    use Spiral\RoadRunner\Http\PSR7Worker;

    $users = new UserProvider();
    for ($u = 1; $u <= 25; $u++) {
        $users->add($u, "member{$u}@shop.example", hash('sha256', "correct horse {$u}"));
    }
    $controller = new LoginController($users);

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $worker = new PSR7Worker($n, static function (int $i): array {
        $kind = $i % 10;
        $u = $i % 25 + 1;
        $body = match (true) {
            $kind === 0 => ['email' => "Member{$u}@shop.example", 'password' => "correct horse {$u}"],
            $kind <= 2 => ['email' => " member{$u}@shop.example", 'password' => 'Summer20' . ($i % 30)],
            default => ['email' => 'user' . ($i * 7919 % 100003) . '@mail' . ($i % 9) . '.example', 'password' => 'hunter' . $i],
        };

        return [
            'method' => 'POST',
            'path' => '/login',
            'ip' => '203.0.' . ($i >> 8 & 255) . '.' . ($i & 255),
            'time' => 1_700_000_000 + $i,
            'headers' => [
                'user-agent' => 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/' . (100 + $i % 20) . '.0.' . ($i % 5000) . '.0 Safari/537.36',
                'x-request-id' => bin2hex(random_bytes(16)),
            ],
            'body' => $body,
        ];
    });

    while (($request = $worker->waitRequest()) !== null) {
        $worker->respond($controller->login($request));
    }
}
