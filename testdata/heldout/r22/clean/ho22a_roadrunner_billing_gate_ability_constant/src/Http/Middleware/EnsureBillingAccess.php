<?php

declare(strict_types=1);

namespace App\Http\Middleware;

use App\Auth\Role;
use App\Auth\Tenant;
use App\Auth\User;
use Warden\Auth\GateFacade as Gate;

final class EnsureBillingAccess
{
    public const MANAGE_BILLING = 'billing.manage';

    /**
     * @param array{user: User, tenant: Tenant, path: string} $request
     * @param \Closure(array): array{status: int, body: string} $next
     * @return array{status: int, body: string}
     */
    public function handle(array $request, \Closure $next): array
    {
        $tenant = $request['tenant'];
        $ability = self::MANAGE_BILLING;

        Gate::define($ability, static fn (User $user, Tenant $tenant): bool => $user->tenantId === $tenant->id && $user->role !== Role::Member);

        if (!Gate::allows($ability, $request['user'], $tenant)) {
            return ['status' => 403, 'body' => 'You may not manage billing for ' . $tenant->name];
        }

        return $next($request);
    }
}
