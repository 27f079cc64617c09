<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class DashboardController
{
    public function show(Request $request, string $team): string
    {
        return "<h1>Dashboard for {$team}, {$request->attributes['user']->email}</h1>" . str_repeat('<div class="widget"></div>', 10);
    }
}
