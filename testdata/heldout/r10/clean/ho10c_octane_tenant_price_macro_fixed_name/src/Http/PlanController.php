<?php

declare(strict_types=1);

namespace App\Http;

use App\Pricing\PriceFormatter;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

final class PlanController
{
    private const PLANS = ['starter' => 900, 'team' => 2900, 'business' => 9900];

    public function __construct(private PriceFormatter $prices)
    {
    }

    public function index(Request $request): JsonResponse
    {
        $method = 'formatForTenant';
        $plans = [];
        foreach (self::PLANS as $name => $cents) {
            $plans[] = ['plan' => $name, 'price' => $this->prices->{$method}($cents)];
        }
        return new JsonResponse(['plans' => $plans]);
    }
}
