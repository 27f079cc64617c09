<?php

declare(strict_types=1);

namespace Warden\Auth;

final class Gate
{
    /** @var array<string, callable> */
    private array $abilities = [];

    /** @var list<callable> */
    private array $beforeCallbacks = [];

    public function define(string $ability, callable $callback): void
    {
        $this->abilities[$ability] = $callback; // leak
    }

    public function before(callable $callback): void
    {
        $this->beforeCallbacks[] = $callback;
    }

    public function has(string $ability): bool
    {
        return isset($this->abilities[$ability]);
    }

    public function allows(string $ability, object $user, mixed ...$arguments): bool
    {
        foreach ($this->beforeCallbacks as $before) {
            $verdict = $before($user, $ability);
            if ($verdict !== null) {
                return (bool) $verdict;
            }
        }

        return isset($this->abilities[$ability]) && (bool) ($this->abilities[$ability])($user, ...$arguments);
    }
}

/** Static accessor in front of the one Gate instance of the worker. */
final class GateFacade
{
    private static ?Gate $gate = null;

    public static function instance(): Gate
    {
        return self::$gate ??= new Gate();
    }

    public static function define(string $ability, callable $callback): void
    {
        self::instance()->define($ability, $callback);
    }

    public static function allows(string $ability, object $user, mixed ...$arguments): bool
    {
        return self::instance()->allows($ability, $user, ...$arguments);
    }
}
