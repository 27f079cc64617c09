<?php

declare(strict_types=1);

namespace App\Http\Controllers;

use App\Models\Invoice;
use App\Models\Project;

final class DashboardController
{
    public function index(array $request): array
    {
        return [
            'status' => 200,
            'queries' => [
                'projects' => Project::query()->where('archived', '=', false)->toSql(),
                'invoices' => Invoice::query()->where('status', '=', 'open')->toSql(),
            ],
        ];
    }
}
