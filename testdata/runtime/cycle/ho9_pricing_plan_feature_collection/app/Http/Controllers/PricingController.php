<?php

namespace App\Http\Controllers;

use App\Billing\Feature;
use App\Billing\Plan;
use Illuminate\Http\Request;

final class PricingController
{
    public function show(Request $request): string
    {
        $seats = (int) $request->query('seats', 1);
        $plan = new Plan('team', 1200 * $seats);
        foreach (['sso', 'audit-log', 'priority-support'] as $key) {
            $plan->features->add(new Feature($key, "{$key} for {$seats} seats: " . str_repeat('details ', 12)));
        }
        return json_encode(['plan' => $plan->code, 'price' => $plan->monthlyCents, 'features' => count($plan->features)]);
    }
}
