<?php

namespace App\Http\Controllers;

use App\View\AssetStack;
use Illuminate\Http\Request;
use Illuminate\View\Factory;

class DashboardController
{
    public function __construct(private Factory $view) {}

    public function show(Request $request): string
    {
        $series = array_map(fn (int $m) => ['month' => $m, 'revenue' => $m * (int) $request->input('base')], range(1, 12));
        $chart = $this->view->render('partials.revenue-chart', ['chartId' => 'chart-' . $request->input('account'), 'title' => 'Revenue', 'series' => $series]);

        return "<main>{$chart}</main>" . AssetStack::render();
    }
}
