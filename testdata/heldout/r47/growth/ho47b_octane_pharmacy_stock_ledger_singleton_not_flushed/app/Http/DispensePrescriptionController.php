<?php

namespace App\Http;

use App\Pharmacy\DispenseLine;
use App\Pharmacy\Pharmacy;
use DomainException;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

final class DispensePrescriptionController
{
    public function __invoke(Request $request): JsonResponse
    {
        $line = DispenseLine::fromPayload($request->all());
        try {
            $remaining = Pharmacy::reserve($line);
        } catch (DomainException $e) {
            return new JsonResponse(['error' => $e->getMessage()], 409);
        }
        return new JsonResponse([
            'prescription' => $line->prescriptionId,
            'remaining' => $remaining,
            'witness_required' => Pharmacy::requiresWitness($line->sku),
        ], 201);
    }
}
