<?php

declare(strict_types=1);

namespace App\Http;

use App\Exceptions\Handler;
use App\Http\Controllers\SpecimenHandoffController;
use App\Http\Middleware\OpenCustodyScope;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

final class Kernel
{
    public function __construct(
        private readonly OpenCustodyScope $custodyScope,
        private readonly SpecimenHandoffController $controller,
        private readonly Handler $exceptions,
    ) {
    }

    public function handle(Request $request): JsonResponse
    {
        try {
            return $this->custodyScope->handle($request, fn (Request $r) => $this->controller->store($r));
        } catch (\Throwable $e) {
            return $this->exceptions->render($e);
        }
    }
}
