<?php

namespace App\Http\Controllers;

use App\Flags\EvaluationContext;
use App\Support\Facades\Feature;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

final class CheckoutSummaryController
{
    public function __invoke(Request $request): JsonResponse
    {
        $context = EvaluationContext::fromRequest($request);

        $summary = [
            'cart' => $request->query('cart'),
            'layout' => Feature::enabled('checkout.one-page', $context) ? 'one-page' : 'multi-step',
            'express' => Feature::enabled('checkout.express-pay', $context),
            'banner' => Feature::variant('pricing.annual-banner', $context),
        ];

        if ($summary['layout'] === 'one-page' && Feature::enabled('checkout.express-pay', $context)) {
            $summary['express_position'] = 'top';
        }

        return new JsonResponse($summary);
    }
}
