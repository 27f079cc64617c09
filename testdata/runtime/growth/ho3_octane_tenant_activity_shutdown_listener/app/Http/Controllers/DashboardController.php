<?php

declare(strict_types=1);

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Http\Response;

final class DashboardController
{
    public function __invoke(Request $request): Response
    {
        $tenant = $request->attributes['tenant'];

        return new Response(sprintf('<h1>%s dashboard</h1><p>Plan: %s</p>', htmlspecialchars($tenant->domain), $tenant->plan));
    }
}
