<?php

declare(strict_types=1);

namespace App\Auth;

use App\Models\User;
use Illuminate\Container\Container;

final class Response
{
    public function __construct(public readonly bool $allowed, public readonly ?string $message = null) {}
}

final class Gate
{
    /** @var array<class-string, object> */
    private array $policies = [];

    /** @var array<string, Response> ability/user/model => decision, so repeated checks in one view are cheap */
    private array $decisions = [];

    private ?User $user = null;

    public function policy(string $model, object $policy): void
    {
        $this->policies[$model] = $policy;
    }

    public function setUser(?User $user): void
    {
        $this->user = $user;
    }

    public function allows(string $ability, object $model): bool
    {
        $user = $this->user ?? throw new \LogicException('No authenticated user.');
        $key = sprintf('%s|%d|%s|%s', $ability, $user->id, $model::class, $model->getKey());

        return ($this->decisions[$key] ??= $this->resolve($ability, $user, $model))->allowed;
    }

    public function flushDecisions(): void
    {
        $this->decisions = [];
    }

    private function resolve(string $ability, User $user, object $model): Response
    {
        $policy = $this->policies[$model::class] ?? throw new \LogicException('No policy for ' . $model::class);

        return $policy->{$ability}($user, $model)
            ? new Response(true)
            : new Response(false, sprintf('This action is unauthorized: %s on %s #%s.', $ability, $model::class, $model->getKey()));
    }
}

/** Static proxy to the container's Gate singleton, like Illuminate\Support\Facades\Gate. */
final class GateFacade
{
    public static function __callStatic(string $method, array $arguments): mixed
    {
        return Container::getInstance()->make(Gate::class)->{$method}(...$arguments);
    }
}
