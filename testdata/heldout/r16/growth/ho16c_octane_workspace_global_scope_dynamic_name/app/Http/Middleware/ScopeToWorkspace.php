<?php

declare(strict_types=1);

namespace App\Http\Middleware;

use App\Models\Workspace;
use Closure;
use Illuminate\Database\Eloquent\Builder;

/**
 * Resolves the workspace from the sub-domain and constrains every
 * tenant-owned model to it for the rest of the request.
 */
final class ScopeToWorkspace
{
    /** @param list<class-string<\Illuminate\Database\Eloquent\Model>> $tenantModels */
    public function __construct(private array $tenantModels) {}

    public function handle(array $request, Closure $next): array
    {
        $workspace = $this->resolveWorkspace($request);
        $request['workspace'] = $workspace;

        foreach ($this->tenantModels as $model) {
            $model::addGlobalScope('workspace:' . $workspace->slug, function (Builder $query) use ($workspace, $model) { // leak
                $query->where((new $model())->getTable() . '.workspace_id', '=', $workspace->id);
            });
        }

        return $next($request);
    }

    private function resolveWorkspace(array $request): Workspace
    {
        [$sub] = explode('.', $request['host'], 2);

        return new Workspace(
            id: (int) substr(md5($sub), 0, 6),
            slug: $sub,
            name: ucwords(str_replace('-', ' ', $sub)),
            settings: ['timezone' => 'Europe/Berlin', 'currency' => 'EUR', 'locale' => 'de_DE'],
        );
    }
}
