<?php

namespace App\Http;

use App\Dto\PermitApplication;
use App\Enums\PermitType;
use App\Services\FeeRuleRegistrar;
use App\Services\PermitFeeCalculator;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

final class PermitFeeController
{
    public function __construct(
        private readonly FeeRuleRegistrar $registrar,
        private readonly PermitFeeCalculator $calculator,
    ) {
    }

    public function quote(Request $request): JsonResponse
    {
        $permit = new PermitApplication(
            (string) $request->input('permit_number'),
            PermitType::from((string) $request->input('type')),
            (int) $request->input('square_feet'),
            (int) $request->input('valuation_cents'),
            (string) $request->input('parcel_id'),
        );

        $rule = $this->registrar->ruleFor($permit);
        $total = $this->calculator->total($rule, $permit->squareFeet, $permit->valuationCents);

        return new JsonResponse(['permit' => $permit->number, 'fee_cents' => $total]);
    }
}
