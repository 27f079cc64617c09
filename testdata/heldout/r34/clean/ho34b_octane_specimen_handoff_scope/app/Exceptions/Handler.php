<?php

declare(strict_types=1);

namespace App\Exceptions;

use App\Custody\CustodyBreachException;
use Illuminate\Http\JsonResponse;

final class Handler
{
    private int $reported = 0;

    public function render(\Throwable $e): JsonResponse
    {
        if ($e instanceof CustodyBreachException) {
            $this->reported++;
            return new JsonResponse(['barcode' => $e->barcode, 'breach' => $e->rule, 'message' => $e->getMessage(), 'quarantine' => true], 422);
        }
        return new JsonResponse(['message' => 'Server Error'], 500);
    }
}
