<?php

declare(strict_types=1);

namespace App\Http;

use App\Container\Container;
use App\Container\Scope;
use App\Container\ScopeAware;

final class RequestContext implements ScopeAware
{
    public function __construct(
        private readonly Scope $scope,
    ) {
    }

    public function requestId(): string
    {
        return $this->scope->attributes['request_id'];
    }

    public function locale(): string
    {
        return $this->scope->attributes['headers']['accept-language'] ?? 'en';
    }
}

final class CurrentUser
{
    public function __construct(public readonly int $id, public readonly string $email, public readonly array $roles)
    {
    }

    public function can(string $role): bool
    {
        return in_array($role, $this->roles, true);
    }
}

final class UserDirectory
{
    public function byToken(string $token): CurrentUser
    {
        $id = hexdec(substr(hash('crc32b', $token), 0, 6));
        return new CurrentUser($id, "user{$id}@tenant.example", $id % 4 === 0 ? ['ROLE_ADMIN', 'ROLE_USER'] : ['ROLE_USER']);
    }
}

final class DashboardController
{
    public function __invoke(Scope $scope): array
    {
        $context = $scope->get(RequestContext::class);
        $user = $scope->get(CurrentUser::class);

        return [
            'status' => 200,
            'headers' => ['X-Request-Id' => $context->requestId(), 'Content-Language' => $context->locale()],
            'body' => ['widgets' => $user->can('ROLE_ADMIN') ? ['revenue', 'signups', 'churn'] : ['signups']],
        ];
    }
}

final class Kernel
{
    public function __construct(private readonly Container $container)
    {
    }

    public function handle(array $server, array $headers): array
    {
        $scope = $this->container->beginScope([
            'request_id' => $headers['x-request-id'] ?? '',
            'path' => $server['REQUEST_URI'],
            'headers' => $headers,
        ]);

        try {
            return ($this->container->get(DashboardController::class))($scope);
        } finally {
            $scope->dispose();
        }
    }
}
