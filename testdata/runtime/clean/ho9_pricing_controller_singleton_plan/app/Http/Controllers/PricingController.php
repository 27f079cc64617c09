<?php

namespace App\Http\Controllers;

use App\Billing\Feature;
use App\Billing\Plan;
use Illuminate\Http\Request;

final class PricingController
{
    private Plan $plan;

    public function __construct()
    {
        $this->plan = new Plan('team', 1200);
        foreach (['sso', 'audit-log', 'priority-support'] as $key) {
            $this->plan->features->add(new Feature($key, "{$key}: " . str_repeat('details ', 12)));
        }
    }

    public function show(Request $request): string
    {
        return json_encode(['plan' => $this->plan->code, 'price' => $this->plan->monthlyCents * (int) $request->query('seats', 1), 'features' => count($this->plan->features)]);
    }
}
