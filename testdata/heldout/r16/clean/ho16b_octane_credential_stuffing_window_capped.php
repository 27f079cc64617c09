<?php

declare(strict_types=1);

namespace App\Security;

interface Clock
{
    public function now(): float;
}

final class SystemClock implements Clock
{
    public function now(): float
    {
        return microtime(true);
    }
}

final class LoginAttempt
{
    public function __construct(
        public readonly float $at,
        public readonly string $ip,
        public readonly string $email,
        public readonly string $userAgent,
        public readonly bool $succeeded,
    ) {
    }
}

/**
 * Detects credential stuffing per guard: too many failed logins across all
 * clients inside the decay window locks the guard into captcha mode.
 */
final class StuffingDetector
{
    /** @var array<string, list<LoginAttempt>> */
    private array $windows = [];

    public function __construct(
        private readonly Clock $clock,
        private readonly int $decaySeconds = 60,
        private readonly int $threshold = 25,
        private readonly int $maxSamples = 50,
    ) {
    }

    public function record(string $guard, LoginAttempt $attempt): void
    {
        $this->windows[$guard][] = $attempt;
        $this->windows[$guard] = $this->recent($guard);
    }

    public function underAttack(string $guard): bool
    {
        $failed = 0;
        foreach ($this->windows[$guard] ?? [] as $attempt) {
            $failed += $attempt->succeeded ? 0 : 1;
        }

        return $failed >= $this->threshold;
    }

    /** @return list<LoginAttempt> */
    private function recent(string $guard): array
    {
        $cutoff = $this->clock->now() - $this->decaySeconds;

        return array_slice(array_values(array_filter(
            $this->windows[$guard] ?? [],
            static fn (LoginAttempt $a): bool => $a->at >= $cutoff,
        )), -$this->maxSamples);
    }
}

final class Credentials
{
    /** @param array<string, string> $users email => password hash stand-in */
    public function __construct(private readonly array $users)
    {
    }

    public function check(string $email, string $password): bool
    {
        return isset($this->users[$email]) && hash_equals($this->users[$email], sha1($password));
    }
}

final class LoginController
{
    private const GUARDS = ['web', 'api', 'admin'];

    public function __construct(
        private readonly Credentials $credentials,
        private readonly StuffingDetector $detector,
        private readonly Clock $clock,
    ) {
    }

    /** @param array<string, mixed> $request */
    public function __invoke(array $request): array
    {
        $guard = in_array($request['guard'] ?? '', self::GUARDS, true) ? $request['guard'] : 'web';

        if ($this->detector->underAttack($guard) && empty($request['captcha'])) {
            return ['status' => 429, 'body' => ['error' => 'captcha_required']];
        }

        $email = strtolower(trim((string) ($request['email'] ?? '')));
        $ok = $this->credentials->check($email, (string) ($request['password'] ?? ''));

        $this->detector->record($guard, new LoginAttempt(
            at: $this->clock->now(),
            ip: (string) ($request['server']['REMOTE_ADDR'] ?? '0.0.0.0'),
            email: $email,
            userAgent: (string) ($request['headers']['user-agent'] ?? ''),
            succeeded: $ok,
        ));

        return $ok
            ? ['status' => 204, 'body' => null]
            : ['status' => 422, 'body' => ['errors' => ['email' => ['These credentials do not match our records.']]]];
    }
}

$clock = new SystemClock();
$controller = new LoginController(
    new Credentials(['alice@example.com' => sha1('correct horse'), 'bob@example.com' => sha1('battery staple')]),
    new StuffingDetector($clock),
    $clock,
);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $controller([
        'guard' => ['web', 'api', 'admin'][$i % 3],
        'email' => sprintf('User.%d.%s@Example.COM', $i, substr(sha1((string) $i), 0, 10)),
        'password' => 'hunter' . $i,
        'captcha' => 'ok',
        'server' => ['REMOTE_ADDR' => sprintf('10.%d.%d.%d', $i % 250, ($i >> 3) % 250, $i % 97)],
        'headers' => ['user-agent' => sprintf('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.%d.%d Safari/537.36 Edg/%d.0.%d.%d python-requests/2.%d', 100 + $i % 30, $i, $i * 3, 100 + $i % 30, $i, $i * 11, $i)],
    ]);
}
