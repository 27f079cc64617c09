<?php
// An API worker resolves the login-attempt log with app()->make(); the container shares it as a singleton, so every request's entry stays.

final class Container
{
    private static ?Container $instance = null;
    /** @var array<string, array{Closure, bool}> */
    private array $bindings = [];
    /** @var array<string, object> */
    private array $shared = [];

    public static function getInstance(): self
    {
        return self::$instance ??= new self();
    }

    public function bind(string $id, Closure $factory, bool $shared = false): void
    {
        $this->bindings[$id] = [$factory, $shared];
    }

    public function singleton(string $id, Closure $factory): void
    {
        $this->bind($id, $factory, true);
    }

    public function make(string $id): object
    {
        if (isset($this->shared[$id])) {
            return $this->shared[$id];
        }
        [$factory, $shared] = $this->bindings[$id];
        $object = $factory($this);
        if ($shared) {
            $this->shared[$id] = $object;
        }
        return $object;
    }
}

function app(): Container
{
    return Container::getInstance();
}

final class LoginAttempts
{
    /** @var array<string, list<string>> */
    private array $attempts = [];

    public function hit(string $ip, string $userAgent): int
    {
        $this->attempts[$ip][] = date('c') . ' ' . $userAgent; // leak
        return count($this->attempts[$ip]);
    }
}

final class LoginController
{
    public function __invoke(array $request): int
    {
        $tries = app()->make(LoginAttempts::class)->hit($request['ip'], $request['ua']);
        return $tries > 5 ? 429 : 200;
    }
}

app()->singleton(LoginAttempts::class, fn () => new LoginAttempts());

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$controller = new LoginController();
for ($i = 0; $i < $n; $i++) {
    $controller(['ip' => '10.1.' . intdiv($i, 250) . '.' . $i % 250, 'ua' => 'okhttp/4.12 ' . str_repeat('(Android 14; Pixel 8) ', 30)]);
}
