<?php

declare(strict_types=1);

namespace App\Scopes;

use App\Models\Workspace;
use Illuminate\Database\Eloquent\Builder;
use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Scope;

final class WorkspaceScope implements Scope
{
    public function __construct(private Workspace $workspace) {}

    public function apply(Builder $builder, Model $model): void
    {
        $builder->where($model->getTable() . '.workspace_id', '=', $this->workspace->id);
    }
}
